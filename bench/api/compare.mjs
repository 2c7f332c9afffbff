// Compares two GraphQL responses (files) for the benchmark's "same answers" check.
//   node compare.mjs a.json b.json  -> exit 0 when equal; else prints where they first differ, exit 1
import { readFileSync } from 'node:fs';

const [a, b] = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, 'utf8')));

function firstDifference(x, y, path) {
  if (Array.isArray(x) && Array.isArray(y)) {
    if (x.length !== y.length) return `${path}: ${x.length} items vs ${y.length}`;
    for (let i = 0; i < x.length; i++) {
      const d = firstDifference(x[i], y[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y)) {
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
    for (const k of keys) {
      if (!(k in x) || !(k in y)) return `${path}.${k}: present in only one`;
      const d = firstDifference(x[k], y[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return x === y ? null : `${path}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`;
}

// Lists sorted by their JSON text: tells an ordering difference from a content difference.
const canonical = (v) =>
  Array.isArray(v)
    ? v.map(canonical).sort((p, q) => (JSON.stringify(p) < JSON.stringify(q) ? -1 : 1))
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])]))
      : v;

const difference = firstDifference(a, b, '$');
if (!difference) {
  console.log('same');
  process.exit(0);
}
const unordered = firstDifference(canonical(a), canonical(b), '$');
console.log(unordered ? `different: ${difference}` : `same up to list order (first: ${difference})`);
process.exit(1);
