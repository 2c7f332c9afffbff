// Finds the nodes and relationships in a /cypher answer, wherever they sit (a column, a list, a map, a path),
// in the shapes CypherValueJson writes: {elementId, labels, properties}; {elementId, type,
// startNodeElementId, endNodeElementId, properties}; paths as {length, nodes, relationships}.

const isNode = (v) => v && typeof v === 'object' && typeof v.elementId === 'string' && Array.isArray(v.labels);
const isRelationship = (v) => v && typeof v === 'object' && typeof v.elementId === 'string' && typeof v.type === 'string'
  && typeof v.startNodeElementId === 'string';

export function graphOf(rows) {
  const nodes = new Map();
  const relationships = new Map();
  const visit = (value) => {
    if (Array.isArray(value)) { value.forEach(visit); return; }
    if (!value || typeof value !== 'object') return;
    if (isNode(value)) { nodes.set(value.elementId, value); return; }
    if (isRelationship(value)) { relationships.set(value.elementId, value); return; }
    Object.values(value).forEach(visit);
  };
  visit(rows);
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

/** What a node is called on the drawing: its name, else its id, else its first label. */
export function captionOf(node) {
  const p = node.properties ?? {};
  return String(p.name ?? p.title ?? p.id ?? node.labels[0] ?? node.elementId);
}

/**
 * Cytoscape elements for a graph. A relationship whose ends are not both in the answer cannot be drawn
 * (Cytoscape needs both nodes); it is counted instead, so the page can say so.
 */
export function elementsOf(graph) {
  const ids = new Set(graph.nodes.map((n) => n.elementId));
  const nodes = graph.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.elementId, caption: captionOf(n), label: n.labels[0] ?? '', labels: n.labels, properties: n.properties ?? {} },
  }));
  const drawable = graph.relationships.filter((r) => ids.has(r.startNodeElementId) && ids.has(r.endNodeElementId));
  const edges = drawable.map((r) => ({
    group: 'edges',
    data: { id: r.elementId, source: r.startNodeElementId, target: r.endNodeElementId, type: r.type, properties: r.properties ?? {} },
  }));
  return { elements: [...nodes, ...edges], undrawn: graph.relationships.length - drawable.length };
}

// Twelve distinct colours, given to labels in the order they first appear while the page is open: a label keeps its
// colour between runs and expansions (so the legend matches the drawing), and the model's labels never share one.
const palette = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
  '#bcbd22', '#d37295'];
const assigned = new Map();

export function colourOf(label) {
  if (!assigned.has(label)) assigned.set(label, palette[assigned.size % palette.length]);
  return assigned.get(label);
}
