// Neighbourhoods: GraphiQL global ids (base64 of "Label:id") open one through /cypher?node=<globalId>, and a
// double-click on the drawing expands a node.

export function decodeGlobalId(globalId) {
  let text;
  try {
    const bytes = Uint8Array.from(atob(globalId), (c) => c.charCodeAt(0));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const colon = text.indexOf(':');
  const label = text.slice(0, colon);
  // The label is written into the statement (labels cannot be parameters), so only plain names pass.
  if (colon <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(label)) return null;
  return { label, id: text.slice(colon + 1) };
}

export function neighbourhoodOf(globalId) {
  const entity = decodeGlobalId(globalId);
  if (!entity) return null;
  return {
    statement: `MATCH (n:${entity.label} {id: $id})\nOPTIONAL MATCH (n)-[r]-(m)\nRETURN n, r, m LIMIT 200`,
    parameters: { id: entity.id },
  };
}

/** The query a double-click runs: the node's relationships and neighbours. */
export const expansionOf = (elementId) => ({
  statement: 'MATCH (n)-[r]-(m) WHERE elementId(n) = $id RETURN n, r, m LIMIT 100',
  parameters: { id: elementId },
});
