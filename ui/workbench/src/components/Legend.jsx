import { colourOf } from '../graphModel.js';

const counts = (items) => {
  const m = new Map();
  for (const key of items) m.set(key, (m.get(key) ?? 0) + 1);
  return [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
};

/** The labels on the drawing with their colours, and the relationship types, each with its count. */
export function Legend({ graph }) {
  const labels = counts(graph.nodes.map((n) => n.labels[0] ?? ''));
  const types = counts(graph.relationships.map((r) => r.type));
  return (
    <section className="legend" id="legend" aria-label="Legend">
      <ul>
        {labels.map(([label, n]) => (
          <li key={label} data-label={label}>
            <span className="swatch" style={{ background: colourOf(label) }} /> {label || '(no label)'} <span className="muted">{n}</span>
          </li>
        ))}
        {types.map(([type, n]) => (
          <li key={type} data-type={type}>
            <span className="swatch edge" /> {type} <span className="muted">{n}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
