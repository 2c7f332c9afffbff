import { useEffect, useRef, useState } from 'react';
import cytoscape from 'cytoscape';
import { colourOf, elementsOf } from '../graphModel.js';
import { Legend } from './Legend.jsx';
import { Inspector } from './Inspector.jsx';

const style = (dark) => [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(caption)',
      color: dark ? '#e6e6e6' : '#1d1d1f',
      'font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': 120,
      width: 26,
      height: 26,
      'border-width': 1,
      'border-color': dark ? '#111' : '#fff',
    },
  },
  {
    selector: 'edge',
    style: {
      label: 'data(type)',
      'font-size': 8,
      color: dark ? '#b8b8b8' : '#555',
      'text-rotation': 'autorotate',
      'text-background-color': dark ? '#1b1d22' : '#ffffff',
      'text-background-opacity': 0.8,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'line-color': dark ? '#6b6f78' : '#a9adb5',
      'target-arrow-color': dark ? '#6b6f78' : '#a9adb5',
      width: 1.5,
    },
  },
  { selector: ':selected', style: { 'border-width': 3, 'border-color': '#ffbf00', 'line-color': '#ffbf00', 'target-arrow-color': '#ffbf00' } },
];

const layout = (fit) => ({ name: 'cose', animate: false, randomize: false, fit, padding: 30, nodeRepulsion: () => 40000, idealEdgeLength: () => 110, nodeOverlap: 20 });

/**
 * The answer's nodes and relationships drawn with Cytoscape.js: coloured by label, captioned by name, edges
 * named by type. Hover (or select: click, or arrow keys when the drawing has focus) shows an element's
 * properties, a fact's evidence and source first; a double-click (or Enter) expands a node's neighbours.
 */
export function GraphView({ graph, dark, visible, onExpand }) {
  const container = useRef(null);
  const cyRef = useRef(null);
  const [shown, setShown] = useState(null);
  const [undrawn, setUndrawn] = useState(0);
  const onExpandRef = useRef(onExpand);
  onExpandRef.current = onExpand;

  useEffect(() => {
    const cy = cytoscape({ container: container.current, style: style(dark), wheelSensitivity: 0.3, boxSelectionEnabled: false });
    cyRef.current = cy;
    // Tests (and curious analysts in the console) read the drawing from Cytoscape's own model.
    window.cy = cy;
    cy.on('mouseover', 'node, edge', (e) => setShown(e.target.data()));
    cy.on('select', 'node, edge', (e) => setShown(e.target.data()));
    cy.on('dbltap', 'node', (e) => onExpandRef.current(e.target.id()));
    return () => { cy.destroy(); if (window.cy === cy) delete window.cy; };
  }, []);

  useEffect(() => { cyRef.current?.style(style(dark)); }, [dark]);

  // A drawing laid out while hidden has no size: measure again and fit when it is shown.
  useEffect(() => {
    const cy = cyRef.current;
    if (visible && cy) { cy.resize(); cy.fit(undefined, 30); }
  }, [visible]);

  useEffect(() => {
    const cy = cyRef.current;
    const { elements, undrawn: left } = elementsOf(graph);
    setUndrawn(left);
    const wanted = new Set(elements.map((e) => e.data.id));
    cy.batch(() => {
      cy.elements().filter((e) => !wanted.has(e.id())).remove();
      const added = elements.filter((e) => cy.getElementById(e.data.id).empty());
      // New neighbours start where the node they were expanded from is, so the layout grows out of it.
      const anchor = cy.$('node:selected').first();
      const at = anchor.nonempty() ? anchor.position() : undefined;
      cy.add(added.map((e) => (e.group === 'nodes' ? { ...e, data: { ...e.data, colour: colourOf(e.data.label) }, position: at && { ...at } } : e)));
    });
    const fresh = cy.nodes().length > 0 && cy.nodes().every((n) => n.position().x === 0 && n.position().y === 0);
    cy.layout({ ...layout(true), randomize: fresh }).run();
  }, [graph]);

  const keys = (e) => {
    const cy = cyRef.current;
    const all = cy.elements();
    if (all.empty()) return;
    const current = cy.$(':selected').first();
    const at = current.nonempty() ? all.indexOf(current) : -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
      cy.elements().unselect();
      all[(at + step + all.length) % all.length].select();
    } else if (e.key === 'Enter' && current.nonempty() && current.isNode()) {
      e.preventDefault();
      onExpand(current.id());
    } else if (e.key === 'Escape') {
      cy.elements().unselect();
      setShown(null);
    }
  };

  return (
    <div className="graph-view">
      <div
        id="graph"
        ref={container}
        className="graph-canvas"
        tabIndex={0}
        role="application"
        aria-label="Graph drawing: arrow keys select elements, Enter expands the selected node, Escape clears"
        onKeyDown={keys}
      />
      <aside className="graph-side">
        <Legend graph={graph} />
        {undrawn > 0 && <p className="muted">{undrawn} relationship(s) not drawn: an end node is not in the answer.</p>}
        <Inspector element={shown} />
      </aside>
    </div>
  );
}
