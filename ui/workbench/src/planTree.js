// EXPLAIN and PROFILE answer with one row per operator (Operator, Id, Parent, Details, Estimated Rows, and for
// PROFILE Rows and DB Hits), root first, each naming its parent's id; this turns the rows back into the tree.

const required = ['Operator', 'Id', 'Parent'];

export const isPlan = (answer) => required.every((c) => answer.columns.includes(c));

export function planTreeOf(answer) {
  const index = Object.fromEntries(answer.columns.map((c, i) => [c, i]));
  const byId = new Map();
  const operators = answer.rows.map((row) => {
    const op = {
      id: row[index.Id],
      parent: row[index.Parent],
      operator: row[index.Operator],
      details: row[index.Details] ?? '',
      estimatedRows: row[index['Estimated Rows']],
      rows: index.Rows === undefined ? undefined : row[index.Rows],
      dbHits: index['DB Hits'] === undefined ? undefined : row[index['DB Hits']],
      children: [],
    };
    byId.set(op.id, op);
    return op;
  });
  const roots = [];
  for (const op of operators) {
    const parent = op.parent === null || op.parent === undefined ? undefined : byId.get(op.parent);
    (parent ? parent.children : roots).push(op);
  }
  return roots;
}
