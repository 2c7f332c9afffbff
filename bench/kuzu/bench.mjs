// Kuzu side of the benchmark: loads the CSV graph written by `Graph.Benchmarks export` with COPY FROM
// and times the same questions as the embedded engine's load run. Prints one JSON object on stdout.
// Usage: node bench.mjs <csv-directory> [lookupSamples]
import { load, now } from './load.mjs';

const dir = process.argv[2] ?? 'graph-csv';
const samples = Number(process.argv[3] ?? 20000);
const log = (m) => process.stderr.write(`[kuzu ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.ceil(0.5 * s.length) - 1]; };
const p90 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.ceil(0.9 * s.length) - 1]; };

const { kuzu, conn, run, manifest, relationships, entityMs, relationshipMs, rssBefore, rssAfterEntities, rssAfterRelationships } = await load(dir, log);

log('lookup');
const lookup = await conn.prepare('MATCH (m:Ministry {id: $id})-[:PARTY_TO]->(a) RETURN a.name');
const ids = manifest.lookupMinistry;
let rows = 0;
for (let i = 0; i < 2000; i++) {
  const r = await conn.execute(lookup, { id: ids[i % ids.length] });
  rows += (await r.getAll()).length;
}
if (rows === 0) throw new Error('Kuzu lookup found nothing');
const times = [];
for (let i = 0; i < samples; i++) {
  const s = now();
  const r = await conn.execute(lookup, { id: ids[i % ids.length] });
  await r.getAll();
  times.push((now() - s) * 1000);
}

log('two-level query');
// Same answer as our pattern comprehension; OPTIONAL MATCH keeps ministries without agreements.
const twoLevel = 'MATCH (m:Ministry) OPTIONAL MATCH (m)-[:PARTY_TO]->(a:Agreement) RETURN m.name AS ministry, collect(a.name) AS agreements';
const twoTimes = [];
let twoPairs = 0;
for (let runNo = 0; runNo < 6; runNo++) {
  const s = now();
  const result = await run(twoLevel);
  const e = now() - s;
  twoPairs = result.reduce((sum, r) => sum + r.agreements.length, 0);
  if (runNo > 0) twoTimes.push(e);
}

console.log(JSON.stringify({
  engine: `kuzu ${kuzu.VERSION ?? '0.11.3'} (Node ${process.version}, in-memory database)`,
  entities: manifest.entities,
  relationships,
  load: {
    entitySeconds: +(entityMs / 1000).toFixed(3),
    entitiesPerSecond: Math.round(manifest.entities / (entityMs / 1000)),
    relationshipSeconds: +(relationshipMs / 1000).toFixed(3),
    relationshipsPerSecond: Math.round(relationships / (relationshipMs / 1000)),
    rssBytesPerEntity: +((rssAfterEntities - rssBefore) / manifest.entities).toFixed(1),
    rssBytesPerRelationship: +((rssAfterRelationships - rssAfterEntities) / relationships).toFixed(1),
  },
  lookup: { samples, medianMicros: +median(times).toFixed(2), p90Micros: +p90(times).toFixed(2), rowsPerLookup: rows / 2000 },
  twoLevel: { query: twoLevel, pairs: twoPairs, millis: +median(twoTimes).toFixed(2) },
}, null, 2));
