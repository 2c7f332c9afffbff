// A field per parameter of the open saved query; numbers stay numbers, anything else is sent as typed
// (a field holding JSON such as [1, 2] or {"a": 1} is sent as that value).

function parse(text, previous) {
  if (typeof previous === 'number') {
    const n = Number(text);
    return text.trim() !== '' && Number.isFinite(n) ? n : text;
  }
  if (typeof previous === 'string') return text;
  try { return JSON.parse(text); } catch { return text; }
}

const show = (value) => (typeof value === 'string' ? value : JSON.stringify(value));

export function ParameterForm({ query, parameters, onChange }) {
  const names = Object.keys(query.parameters);
  return (
    <fieldset className="parameter-form" id="parameter-form">
      <legend>{query.question || query.name}</legend>
      {names.length === 0 && <p className="muted">This query takes no parameters.</p>}
      {names.map((name) => (
        <label key={name} className="parameter">
          <span>${name}</span>
          <input
            name={name}
            value={show(parameters[name] ?? '')}
            onChange={(e) => onChange({ ...parameters, [name]: parse(e.target.value, query.parameters[name]) })}
          />
        </label>
      ))}
    </fieldset>
  );
}
