import { useState, useSyncExternalStore } from 'react';

// The global ids (fields named globalId) in the latest GraphQL result, each a link to its neighbourhood in the
// Cypher workbench (/cypher?node=<globalId>). A wrapped fetcher records them; a GraphiQL plugin lists them.

let ids = [];
const listeners = new Set();

function collect(value, into) {
  if (Array.isArray(value)) value.forEach((v) => collect(v, into));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'globalId' && typeof v === 'string') into.add(v);
      else collect(v, into);
    }
  }
  return into;
}

function record(result) {
  // Introspection is not what the person ran; its answer leaves the list alone.
  if (!result?.data || result.data.__schema) return;
  ids = [...collect(result.data, new Set())];
  listeners.forEach((l) => l());
}

// The toolkit's fetcher answers with a result, or (incremental delivery, its default over HTTP) with an async
// iterable of results; either is passed on unchanged after its ids are noted.
async function* recordingEach(results) {
  for await (const r of results) {
    record(r);
    yield r;
  }
}

const noting = (r) => (r && typeof r[Symbol.asyncIterator] === 'function' ? recordingEach(r) : (record(r), r));

/** The fetcher, noting the global ids of every result. */
export function recordingGlobalIds(fetcher) {
  return (params, options) => {
    const result = fetcher(params, options);
    return result && typeof result.then === 'function' ? result.then(noting) : result;
  };
}

const subscribe = (listener) => { listeners.add(listener); return () => listeners.delete(listener); };

// "Label:id" for a global id, for the link's text; the id itself when it is not base64.
function describe(globalId) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(globalId), (c) => c.charCodeAt(0)));
  } catch {
    return globalId;
  }
}

const workbenchUrl = (globalId) => new URL(`../cypher?node=${encodeURIComponent(globalId)}`, document.baseURI).href;

function WorkbenchPanel() {
  const found = useSyncExternalStore(subscribe, () => ids);
  const [typed, setTyped] = useState('');
  return (
    <div className="workbench-links">
      <div className="graphiql-doc-explorer-title">Cypher workbench</div>
      <p>Open an entity's neighbourhood, drawn as a graph, from its global id (ask for <code>globalId</code>).</p>
      <form onSubmit={(e) => { e.preventDefault(); if (typed.trim()) window.location.assign(workbenchUrl(typed.trim())); }}>
        <input aria-label="Global id" placeholder="Global id, e.g. U3RhdGU6a2F6YWtoc3Rhbg==" value={typed}
          onChange={(e) => setTyped(e.target.value)} />
        <button type="submit" className="graphiql-button">Open</button>
      </form>
      {found.length === 0
        ? <p>No global ids in the latest result.</p>
        : <ul>{found.map((id) => <li key={id}><a href={workbenchUrl(id)}>{describe(id)}</a></li>)}</ul>}
    </div>
  );
}

function WorkbenchIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <circle cx="6" cy="6" r="2.5" /><circle cx="18" cy="8" r="2.5" /><circle cx="10" cy="18" r="2.5" />
      <path d="M8.3 7 15.6 7.6M7 8.3 9.2 15.6M16.6 10.1 11.8 16.2" />
    </svg>
  );
}

export const workbenchPlugin = { title: 'Cypher workbench', icon: WorkbenchIcon, content: WorkbenchPanel };
