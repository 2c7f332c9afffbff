import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { loadSavedQueries, loadSchema, runCypher } from './api.js';
import { storedCredential, storeCredential } from './signIn.js';
import { graphOf } from './graphModel.js';
import { isPlan } from './planTree.js';
import { forget, loadHistory, remember } from './history.js';
import { expansionOf, neighbourhoodOf } from './neighbourhood.js';
import { applyTheme, initialTheme } from './theme.js';
import { shortcutFor, shortcuts } from './shortcuts.js';
import { Editor } from './components/Editor.jsx';
import { SignIn } from './components/SignIn.jsx';
import { SavedQueries } from './components/SavedQueries.jsx';
import { ParameterForm } from './components/ParameterForm.jsx';
import { HistoryList } from './components/HistoryList.jsx';
import { ResultPane, resultViews } from './components/ResultPane.jsx';

const defaultStatement = 'MATCH (n) RETURN labels(n)[0] AS label, count(*) AS count ORDER BY count DESC';
const emptyGraph = { nodes: [], relationships: [] };

function parseParameters(text) {
  try {
    const value = JSON.parse(text.trim() || '{}');
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch { /* reported below */ }
  throw new Error('Parameters must be a JSON object, e.g. {"id": "kazakhstan"}.');
}

const withoutPrefix = (statement) => statement.replace(/^\s*(EXPLAIN|PROFILE)\s+/i, '');

function meta(answer) {
  const rows = `${answer.rowCount} row(s)`;
  if (!answer.truncated) return rows;
  return `${rows} — truncated at the ${answer.truncatedBy === 'bytes' ? 'answer size limit' : 'row cap'}`;
}

export function App() {
  const [theme, setTheme] = useState(initialTheme);
  const [credential, setCredential] = useState(storedCredential);
  const [schema, setSchema] = useState(undefined);
  const [saved, setSaved] = useState([]);
  const [openQuery, setOpenQuery] = useState(null);
  const [statement, setStatement] = useState(defaultStatement);
  const [parametersText, setParametersText] = useState('{}');
  const [answer, setAnswer] = useState(null);
  const [graph, setGraph] = useState(emptyGraph);
  const [view, setView] = useState('table');
  const [error, setError] = useState(null);
  const [status, setStatus] = useState('');
  const [history, setHistory] = useState(loadHistory);
  const editor = useRef(null);

  useEffect(() => applyTheme(theme), [theme]);

  // Completion and the saved queries come from the service, with the same sign-in as the statements.
  useEffect(() => {
    const timer = setTimeout(() => {
      loadSchema(credential).then(setSchema, () => setSchema(undefined));
      loadSavedQueries(credential).then(setSaved, () => setSaved([]));
    }, 300);
    return () => clearTimeout(timer);
  }, [credential]);

  const changeCredential = (value) => { setCredential(value); storeCredential(value); };

  const run = useCallback(async (text, parameters, prefix = '') => {
    setError(null);
    setStatus('Running…');
    editor.current?.setAutocompleteOpen(false);
    try {
      const params = parameters ?? parseParameters(parametersText);
      const sent = prefix ? `${prefix} ${withoutPrefix(text)}` : text;
      const result = await runCypher(credential, sent, params);
      const drawn = graphOf(result.rows);
      setAnswer(result);
      setGraph(drawn);
      setView(isPlan(result) ? 'plan' : drawn.nodes.length > 0 ? 'graph' : 'table');
      setStatus(meta(result));
      setHistory((h) => remember(h, text, params));
    } catch (e) {
      setAnswer(null);
      setStatus('');
      setError(e.message);
    }
  }, [credential, parametersText]);

  const runCurrent = useCallback((prefix) => run(statement, undefined, prefix), [run, statement]);

  // A double-click adds the node's neighbours to the drawing; the answer's table stays as it was.
  const expand = useCallback(async (elementId) => {
    const { statement: text, parameters } = expansionOf(elementId);
    try {
      const more = graphOf((await runCypher(credential, text, parameters)).rows);
      setGraph((g) => ({
        nodes: [...g.nodes, ...more.nodes.filter((n) => !g.nodes.some((m) => m.elementId === n.elementId))],
        relationships: [...g.relationships, ...more.relationships.filter((r) => !g.relationships.some((s) => s.elementId === r.elementId))],
      }));
      setStatus(`Expanded: ${more.nodes.length - 1} neighbour(s)`);
    } catch (e) {
      setError(e.message);
    }
  }, [credential]);

  const downloadCsv = async () => {
    try {
      const blob = await runCypher(credential, statement, parseParameters(parametersText), 'text/csv');
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'result.csv';
      a.click();
      URL.revokeObjectURL(a.href);
    } catch (e) {
      setError(e.message);
    }
  };

  const openSaved = (q) => {
    setOpenQuery(q);
    setStatement(q.text);
    setParametersText(JSON.stringify(q.parameters));
  };

  const openHistory = (h) => {
    setOpenQuery(null);
    setStatement(h.statement);
    setParametersText(JSON.stringify(h.parameters ?? {}));
  };

  // /cypher?node=<globalId> (GraphiQL's link) opens that entity's neighbourhood at once.
  useEffect(() => {
    const node = new URLSearchParams(window.location.search).get('node');
    if (!node) return;
    const q = neighbourhoodOf(node);
    if (!q) { setError(`'${node}' is not a global id (base64 of "Label:id").`); return; }
    setStatement(q.statement);
    setParametersText(JSON.stringify(q.parameters));
    run(q.statement, q.parameters);
    // Runs once, for the address the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Shortcuts are caught before the editor sees them (CodeMirror binds Ctrl+Enter to "insert blank line").
  useEffect(() => {
    const onKey = (e) => {
      const s = shortcutFor(e);
      if (!s) return;
      e.preventDefault();
      e.stopPropagation();
      if (s.action === 'run') runCurrent();
      else if (s.action === 'explain') runCurrent('EXPLAIN');
      else if (s.action === 'profile') runCurrent('PROFILE');
      else if (s.action === 'view') setView(resultViews[Number(e.code.slice(-1)) - 1]);
      else if (s.action === 'focus-statement') editor.current?.focus();
      else if (s.action === 'focus-graph') { setView('graph'); setTimeout(() => document.getElementById('graph')?.focus(), 0); }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [runCurrent]);

  let parameters = null;
  try { parameters = parseParameters(parametersText); } catch { /* the text area shows what is wrong on run */ }
  const parameterKey = Object.keys(parameters ?? {}).join(',');
  const parameterNames = useMemo(() => (parameterKey ? parameterKey.split(',') : []), [parameterKey]);
  // $parameters complete from (and lint against) the ones the statement will be sent with.
  const editorSchema = useMemo(() => schema && { ...schema, parameters: parameterNames }, [schema, parameterNames]);

  return (
    <div className="app">
      <header className="top">
        <h1>Cypher workbench <span className="muted">read-only</span></h1>
        <nav><a href="../graphql">GraphiQL</a></nav>
        <SignIn value={credential} onChange={changeCredential} />
        <button type="button" id="theme" aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
          {theme === 'dark' ? 'Light' : 'Dark'}
        </button>
      </header>
      <div className="body">
        <nav className="side" aria-label="Saved queries and history">
          <h2>Saved queries</h2>
          <SavedQueries queries={saved} onOpen={openSaved} />
          <h2>History</h2>
          <HistoryList history={history} onOpen={openHistory} onClear={() => setHistory(forget())} />
          <details className="shortcuts">
            <summary>Keyboard shortcuts</summary>
            <dl>{shortcuts.map((s) => <div key={s.keys}><dt><kbd>{s.keys}</kbd></dt><dd>{s.does}</dd></div>)}</dl>
          </details>
        </nav>
        <main className="work">
          <form id="form" onSubmit={(e) => { e.preventDefault(); runCurrent(); }}>
            <label className="visually-hidden" htmlFor="statement">Statement</label>
            <Editor value={statement} onChange={setStatement} schema={editorSchema} parameters={parameterNames} theme={theme}
              onCreated={(api) => { editor.current = api; }} />
            {openQuery && parameters && <ParameterForm query={openQuery} parameters={parameters}
              onChange={(p) => setParametersText(JSON.stringify(p))} />}
            <label htmlFor="parameters">Parameters (JSON)</label>
            <textarea id="parameters" rows={2} className="mono" value={parametersText} onChange={(e) => setParametersText(e.target.value)} />
            <div className="actions">
              <button type="submit" className="primary">Run <kbd>Ctrl+Enter</kbd></button>
              <button type="button" id="explain" onClick={() => runCurrent('EXPLAIN')}>Explain</button>
              <button type="button" id="profile" onClick={() => runCurrent('PROFILE')}>Profile</button>
              <button type="button" id="csv" onClick={downloadCsv}>Download CSV</button>
            </div>
          </form>
          <div id="meta" className="meta" role="status">{status}</div>
          <ResultPane answer={answer} graph={graph} error={error} view={view} onView={setView}
            dark={theme === 'dark'} onExpand={expand} />
        </main>
      </div>
    </div>
  );
}
