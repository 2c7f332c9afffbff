// Prints the comparison table (Markdown) from the two JSON reports of one run.
// Usage: node table.mjs graph.json kuzu.json [reopen.json]
import fs from 'node:fs';

const ours = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const kuzu = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
// Optional third report: Graph.Benchmarks reopen (durable store: snapshot + log, timed open).
if (process.argv[4]) ours.reopen = JSON.parse(fs.readFileSync(process.argv[4], 'utf8')).reopenSeconds;
const f = (x, d = 1) => (x === undefined || x === null ? 'n/a' : Number(x).toLocaleString('en-US', { maximumFractionDigits: d }));
// ratio > 1 means worse than the target / than Kuzu, whatever the direction of the figure.
const worse = (value, reference, higherIsBetter) => (reference ? (higherIsBetter ? reference / value : value / reference) : undefined);

const rows = [];
const add = (figure, target, targetValue, value, kuzuValue, higherIsBetter) =>
  rows.push([figure, target, f(value), f(kuzuValue), f(worse(value, targetValue, higherIsBetter), 2), kuzuValue === undefined ? 'n/a' : f(worse(value, kuzuValue, higherIsBetter), 2)]);

const c = ours.cypherLoad, s = ours.storeLoad, i = ours.importLoad;
if (i) add('bulk load, entities/s (CSV bulk import)', '≥ 500,000', 500000, i.entitiesPerSecond, kuzu.load.entitiesPerSecond, true);
if (i) add('bulk load, relationships/s (CSV bulk import)', '—', undefined, i.relationshipsPerSecond, kuzu.load.relationshipsPerSecond, true);
if (c) add('bulk load, entities/s (Cypher UNWIND 10k)', '≥ 500,000', 500000, c.entitiesPerSecond, kuzu.load.entitiesPerSecond, true);
if (s) add('bulk load, entities/s (store writer API)', '≥ 500,000', 500000, s.entitiesPerSecond, kuzu.load.entitiesPerSecond, true);
if (c) add('bulk load, relationships/s (Cypher UNWIND 10k)', '—', undefined, c.relationshipsPerSecond, kuzu.load.relationshipsPerSecond, true);
if (s) add('bulk load, relationships/s (store writer API)', '—', undefined, s.relationshipsPerSecond, kuzu.load.relationshipsPerSecond, true);
add('lookup + one hop, median µs (plan cached)', '≤ 20', 20, ours.lookup.medianMicros, kuzu.lookup.medianMicros, false);
add('lookup + one hop, p90 µs', '—', undefined, ours.lookup.p90Micros, kuzu.lookup.p90Micros, false);
const m = i ?? c; // the imported graph when there is one (the one the queries run on)
add('memory, bytes/entity (managed heap)', '≤ 150', 150, m.bytesPerEntity, kuzu.load.rssBytesPerEntity, false);
add('memory, bytes/relationship (managed heap)', '≤ 80', 80, m.bytesPerRelationship, kuzu.load.rssBytesPerRelationship, false);
// The target is the API benchmark's GraphQL request; rows of names is the form Kuzu answers too.
const g = ours.twoLevel.graphQL;
if (g) add('two-level: API benchmark GraphQL request as translated (nested CALL, maps), ms', '—', undefined, g.cypherMillis, undefined, false);
if (g) add('two-level: API benchmark GraphQL request as translated, ÷ hand-written C# building the same maps (median of paired rounds)', '≤ 2×', 2, g.ratio, undefined, false);
add('two-level as rows of names, ms', '—', undefined, ours.twoLevel.cypherMillis, kuzu.twoLevel.millis, false);
add('two-level as rows of names, ÷ hand-written C# (median of paired rounds)', g ? '—' : '≤ 2×', g ? undefined : 2, ours.twoLevel.ratio, undefined, false);
if (typeof ours.reopen === 'number') add('reopen durable store: snapshot (entities) + log (relationships), s', '< 5', 5, ours.reopen, undefined, false);
else rows.push(['reopen durable store: snapshot + log, s', '< 5', 'not measured', 'n/a', 'n/a', 'n/a']);

console.log(`N = ${f(ours.entities, 0)} entities, ${f(ours.relationships, 0)} relationships; ${ours.date}; ${ours.machine}`);
console.log(`Kuzu: ${kuzu.engine}. Ratios: > 1 means ours is worse (than the target / than Kuzu).\n`);
console.log('| figure | target | ours | Kuzu | ours vs target | ours vs Kuzu |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\ntwo-level: ours ${ours.twoLevel.pairs} pairs, Kuzu ${kuzu.twoLevel.pairs}; hand-written C# ${f(ours.twoLevel.handWrittenMillis, 2)} ms`);
if (g) console.log(`API two-level GraphQL query: ${g.nestedEntries} nested entries (agreements + parties); hand-written C# building the same maps ${f(g.handWrittenMillis, 2)} ms`);
console.log(`lookup rows per call: ours ${ours.lookup.rowsPerLookup}, Kuzu ${kuzu.lookup.rowsPerLookup}`);
if (typeof ours.reopen === 'string') console.log(`reopen: ${ours.reopen}`);
