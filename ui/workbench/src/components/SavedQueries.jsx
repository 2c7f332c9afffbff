/** The analyst queries of cypher/queries/, each opened with its question and default parameters. */
export function SavedQueries({ queries, onOpen }) {
  if (queries.length === 0) return <p className="muted">No saved queries.</p>;
  return (
    <ul className="list" id="saved-queries">
      {queries.map((q) => (
        <li key={q.name}>
          <button type="button" className="link" data-query={q.name} title={q.question} onClick={() => onOpen(q)}>
            {q.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
