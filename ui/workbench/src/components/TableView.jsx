const cell = (value) => (typeof value === 'string' ? value : JSON.stringify(value, null, 1));

/** The answer's rows as a table, one column per returned column. */
export function TableView({ answer }) {
  return (
    <table className="table">
      <thead>
        <tr>{answer.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
      </thead>
      <tbody>
        {answer.rows.map((row, i) => (
          <tr key={i}>{row.map((v, j) => <td key={j}>{cell(v)}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}
