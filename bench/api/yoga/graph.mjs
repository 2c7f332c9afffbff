// The benchmark graph held in memory: nodes by label in insertion order and adjacency lists per
// relationship type and direction, in the order the JSON lists the relationships.
import { readFileSync } from 'node:fs';

export function loadGraph(path) {
  const { nodes, relationships } = JSON.parse(readFileSync(path, 'utf8'));
  const byLabel = new Map();
  const out = new Map();
  const into = new Map();
  nodes.forEach((node, index) => {
    node.index = index;
    if (!byLabel.has(node.label)) byLabel.set(node.label, []);
    byLabel.get(node.label).push(node);
  });
  const link = (table, type, from, to) => {
    let lists = table.get(type);
    if (!lists) table.set(type, (lists = new Map()));
    let list = lists.get(from);
    if (!list) lists.set(from, (list = []));
    list.push(nodes[to]);
  };
  for (const r of relationships) {
    link(out, r.type, r.from, r.to);
    link(into, r.type, r.to, r.from);
  }
  const empty = [];
  return {
    nodeCount: nodes.length,
    relationshipCount: relationships.length,
    all: (label) => byLabel.get(label) ?? empty,
    // (node)-[:type]->(other:label)
    outgoing: (node, type, label) => (out.get(type)?.get(node.index) ?? empty).filter((n) => n.label === label),
    // (node)<-[:type]-(other:label)
    incoming: (node, type, label) => (into.get(type)?.get(node.index) ?? empty).filter((n) => n.label === label),
    // (node)<-[:type]-(other) for any of the labels, in stored order
    incomingAny: (node, type, labels) => (into.get(type)?.get(node.index) ?? empty).filter((n) => labels.has(n.label)),
  };
}
