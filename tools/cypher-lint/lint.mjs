// Lints Cypher statements with Neo4j's own front end (parser + semantic analysis compiled to JS).
// Protocol, one JSON object per line:
//   in : {"id": any, "statement": "MATCH …", "parameters": {…}?}  out: {"id": any, "diagnostics": [{severity, message, line, column}]}
//   in : {"id": any, "yaml": "services: …"}         out: {"id": any, "value": <parsed YAML as JSON>}
// Bad input gives {"id": …, "error": "…"} on that line and the process keeps going.
// Lines and columns are 1-based; severity is "error", "warning", "information" or "hint".
import { createInterface } from 'node:readline';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { parse as parseYaml } from 'yaml';

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

// No function or procedure signatures are passed: the front end then checks syntax, semantics and
// deprecations but does not reject functions it has no signature for (no false "unknown function").
// Parameters the statement may use are declared per request; any other $parameter is an error.
function lint(statement, parameters) {
  const dbSchema = { parameters: parameters ?? {} };
  const { diagnostics } = lintCypherQuery(statement, dbSchema);
  return diagnostics.map((d) => ({
    severity: severities[d.severity] ?? String(d.severity),
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
  }));
}

function answer(request) {
  if (request === null || typeof request !== 'object') return { id: null, error: 'Each line must be a JSON object.' };
  const id = request.id ?? null;
  if (typeof request.statement === 'string') return { id, diagnostics: lint(request.statement, request.parameters) };
  if (typeof request.yaml === 'string') return { id, value: parseYaml(request.yaml) };
  return { id, error: 'Expected a "statement" or a "yaml" string.' };
}

// Warm up once (the first lint loads the front end, ~1-2 s) before answering anything.
lint('RETURN 1');
process.stdout.write(JSON.stringify({ ready: true }) + '\n');

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  let response;
  try {
    response = answer(JSON.parse(line));
  } catch (error) {
    response = { id: null, error: String(error?.message ?? error) };
  }
  process.stdout.write(JSON.stringify(response) + '\n');
}
