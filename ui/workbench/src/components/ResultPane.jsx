import { GraphView } from './GraphView.jsx';
import { TableView } from './TableView.jsx';
import { JsonView } from './JsonView.jsx';
import { PlanView } from './PlanView.jsx';
import { isPlan } from '../planTree.js';

const names = { graph: 'Graph', table: 'Table', json: 'JSON', plan: 'Plan' };
export const resultViews = Object.keys(names);

/** The answer shown as a drawing, a table, JSON or a plan tree (the tabs offer what the answer has). */
export function ResultPane({ answer, graph, error, view, onView, dark, onExpand }) {
  // The drawing is offered once there is something to draw (an expansion may add to an answer of scalars).
  const offered = [...(graph.nodes.length > 0 ? ['graph'] : []), 'table', 'json', ...(answer && isPlan(answer) ? ['plan'] : [])];
  return (
    <section id="output" className="output">
      {error && <div className="error" role="alert">{error}</div>}
      {answer && (
        <>
          <div className="tabs" role="tablist" aria-label="Result views">
            {offered.map((v) => (
              <button key={v} type="button" role="tab" aria-selected={view === v} data-view={v} onClick={() => onView(v)}
                title={`Alt+${resultViews.indexOf(v) + 1}`}>
                {names[v]}
              </button>
            ))}
          </div>
          <div className="view" role="tabpanel">
            {/* The drawing stays mounted (hidden) so expansions and positions survive a look at the table. */}
            <div hidden={view !== 'graph'}><GraphView graph={graph} dark={dark} visible={view === 'graph'} onExpand={onExpand} /></div>
            {view === 'table' && <TableView answer={answer} />}
            {view === 'json' && <JsonView answer={answer} />}
            {view === 'plan' && isPlan(answer) && <PlanView answer={answer} />}
          </div>
        </>
      )}
    </section>
  );
}
