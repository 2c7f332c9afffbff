import { planTreeOf } from '../planTree.js';

function Operator({ op }) {
  return (
    <li>
      <div className="plan-node" data-operator={op.operator}>
        <strong>{op.operator}</strong>
        {op.details && <code className="details">{op.details}</code>}
        <span className="figures">
          {op.estimatedRows !== undefined && op.estimatedRows !== null && <span>est. {op.estimatedRows} rows</span>}
          {op.rows !== undefined && op.rows !== null && <span className="rows">{op.rows} rows</span>}
          {op.dbHits !== undefined && op.dbHits !== null && <span className="hits">{op.dbHits} db hits</span>}
        </span>
      </div>
      {op.children.length > 0 && <ul>{op.children.map((c) => <Operator key={c.id} op={c} />)}</ul>}
    </li>
  );
}

/** EXPLAIN or PROFILE drawn as the operator tree, the root (ProduceResults) on top. */
export function PlanView({ answer }) {
  return (
    <ul className="plan-tree" id="plan" aria-label="Query plan">
      {planTreeOf(answer).map((op) => <Operator key={op.id} op={op} />)}
    </ul>
  );
}
