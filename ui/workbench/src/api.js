import { signInHeaders } from './signIn.js';

// Every address is resolved against the page's <base> (/workbench/), so the service is found under any path base.
const at = (path) => new URL(path, document.baseURI);

/** An error answer of the service ({errors: [{code, message, position}]}) as one readable line. */
export class ServiceError extends Error {
  constructor(status, body) {
    const e = body?.errors?.[0] ?? {};
    const where = e.position ? ` (line ${e.position.line}, column ${e.position.column})` : '';
    super(`${e.code ?? `HTTP ${status}`}${where}\n${e.message ?? ''}`.trim());
    this.code = e.code;
  }
}

async function answer(response) {
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch { /* not JSON: reported below */ }
  if (!response.ok) throw new ServiceError(response.status, body);
  if (body === null) throw new Error(`The service answered ${response.status} without JSON.`);
  return body;
}

/** Runs one read-only statement through POST /cypher; the answer is {columns, rows, rowCount, truncated, stats}. */
export async function runCypher(credential, statement, parameters, accept = 'application/json') {
  const response = await fetch(at('../cypher'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: accept, ...signInHeaders(credential) },
    body: JSON.stringify({ statement, parameters }),
  });
  if (accept === 'text/csv') {
    if (!response.ok) await answer(response);
    return response.blob();
  }
  return answer(response);
}

export async function getJson(credential, path) {
  return answer(await fetch(at(path), { headers: { Accept: 'application/json', ...signInHeaders(credential) } }));
}

/**
 * What the editor completes from, in the shape of Neo4j's EditorSupportSchema, which (as Neo4j Browser feeds
 * it) takes labels and relationship types with their leading colon: the completion replaces the ":Lea" typed.
 */
export async function loadSchema(credential) {
  const s = await getJson(credential, '../cypher/schema');
  return {
    labels: s.labels.map((l) => `:${l}`),
    relationshipTypes: s.relationshipTypes.map((t) => `:${t}`),
    propertyKeys: s.propertyKeys,
    functions: s.functions.map((f) => ({ name: f.name, signature: f.signature })),
    procedures: s.procedures.map((p) => ({ name: p.name, signature: p.signature, returnItems: returnItems(p.signature) })),
  };
}

// "db.labels() :: (label :: STRING)" → [{name: "label", signature: "STRING"}]
function returnItems(signature) {
  const m = /\)\s*::\s*\((.*)\)\s*$/.exec(signature ?? '');
  if (!m) return [];
  return m[1].split(',').map((part) => part.split('::').map((t) => t.trim()))
    .filter(([name]) => name).map(([name, type]) => ({ name, signature: type ?? '' }));
}

export const loadSavedQueries = (credential) => getJson(credential, '../cypher/queries');
