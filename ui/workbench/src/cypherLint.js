import { linter } from '@codemirror/lint';

// Neo4j's current Cypher front end (the one tools/cypher-lint runs in the tests) as the editor's lint: the
// 1.0 editor's own grammar predates Cypher 5 and marks valid statements (WHERE type(r) <> …) as errors.
// No function or procedure signatures are passed, so functions it has no signature for are not flagged;
// the parameters the statement will be sent with are declared, so any other $parameter is an error.

// The front end is most of the page's weight: it loads apart, after the page is up, on the first lint.
let frontEnd;
const load = () => (frontEnd ??= import('@neo4j-cypher/language-support'));

const severities = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

function offset(doc, position) {
  const line = doc.line(Math.min(position.line + 1, doc.lines));
  return Math.min(line.from + position.character, line.to);
}

/** A CodeMirror linter over Neo4j's front end; parameters() gives the names the statement is sent with. */
export function cypherLint(parameters) {
  return linter(async (view) => {
    const doc = view.state.doc;
    const text = doc.toString();
    if (!text.trim()) return [];
    const { lintCypherQuery } = await load();
    // The statement may have changed while the front end loaded; CodeMirror drops stale answers.
    const { diagnostics } = lintCypherQuery(text, { parameters: Object.fromEntries(parameters().map((p) => [p, null])) });
    return diagnostics.map((d) => {
      const from = offset(doc, d.range.start);
      return { from, to: Math.max(from, offset(doc, d.range.end)), severity: severities[d.severity] ?? 'error', message: d.message };
    });
  });
}
