// A statement is listed by its first line of Cypher (saved queries start with comment headers).
const headline = (statement) => statement.split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('//')) ?? statement;

/** The statements run from this browser; choosing one puts it (and its parameters) back in the editor. */
export function HistoryList({ history, onOpen, onClear }) {
  if (history.length === 0) return <p className="muted">Nothing run yet.</p>;
  return (
    <>
      <ul className="list" id="history">
        {history.map((h) => (
          <li key={h.at + h.statement}>
            <button type="button" className="link mono" title={h.statement} onClick={() => onOpen(h)}>
              {headline(h.statement)}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="small" onClick={onClear}>Clear history</button>
    </>
  );
}
