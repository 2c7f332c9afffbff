// A fact's provenance comes first: the sentence that states it and the document it comes from.
const provenance = ['evidence', 'source', 'basis', 'note'];

const text = (value) => (typeof value === 'string' ? value : JSON.stringify(value));

/** The properties of the hovered or selected node or relationship. */
export function Inspector({ element }) {
  if (!element) return <p className="muted inspector-hint">Hover or select a node or relationship to see its properties.</p>;
  const isFact = element.type !== undefined;
  const properties = element.properties ?? {};
  const first = isFact ? provenance.filter((k) => k in properties) : [];
  const rest = Object.keys(properties).filter((k) => !first.includes(k)).sort();
  return (
    <section className="inspector" id="inspector" aria-live="polite">
      <h3>{isFact ? element.type : (element.labels ?? []).join(':')}</h3>
      {isFact && first.length === 0 && <p className="muted">No evidence recorded on this relationship.</p>}
      <dl>
        {[...first, ...rest].map((k) => (
          <div key={k} className={first.includes(k) ? `property ${k}` : 'property'} data-property={k}>
            <dt>{k}</dt>
            <dd>{text(properties[k])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
