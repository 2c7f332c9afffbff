// Loads the CSV graph written by `Graph.Benchmarks export` into an in-memory Kuzu database with COPY FROM:
// one node table per label (id as primary key, Kuzu's counterpart of our uniqueness constraint), one
// relationship table per type with every FROM/TO pair the generator uses. Shared by bench.mjs and worker.mjs.
import fs from 'node:fs';
import path from 'node:path';
import kuzu from 'kuzu';

export const now = () => Number(process.hrtime.bigint()) / 1e6; // milliseconds
const lit = (p) => `'${p.replaceAll("'", "''")}'`;

export async function load(dirArg, log) {
  const dir = path.resolve(dirArg);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const db = new kuzu.Database(':memory:');
  const conn = new kuzu.Connection(db);
  const run = async (q) => { const r = await conn.query(q); const rows = await r.getAll(); r.close?.(); return rows; };
  for (const n of manifest.nodes) {
    await run(`CREATE NODE TABLE ${n.label}(id STRING, name STRING, kind STRING, PRIMARY KEY(id))`);
  }
  const pairs = new Map();
  for (const r of manifest.relationships) {
    if (!pairs.has(r.type)) pairs.set(r.type, []);
    pairs.get(r.type).push(`FROM ${r.from} TO ${r.to}`);
  }
  for (const [type, list] of pairs) await run(`CREATE REL TABLE ${type}(${list.join(', ')})`);

  const rssBefore = process.memoryUsage().rss;
  log('loading entities');
  let t = now();
  for (const n of manifest.nodes) await run(`COPY ${n.label} FROM ${lit(path.join(dir, n.file))} (HEADER=true)`);
  const entityMs = now() - t;
  const rssAfterEntities = process.memoryUsage().rss;
  log(`entities in ${(entityMs / 1000).toFixed(1)} s; loading relationships`);
  t = now();
  for (const r of manifest.relationships) {
    const multi = pairs.get(r.type).length > 1 ? `, from='${r.from}', to='${r.to}'` : '';
    await run(`COPY ${r.type} FROM ${lit(path.join(dir, r.file))} (HEADER=true${multi})`);
  }
  const relationshipMs = now() - t;
  const rssAfterRelationships = process.memoryUsage().rss;
  const relationships = manifest.relationships.reduce((s, r) => s + r.count, 0);
  const [{ c: loadedRels }] = await run('MATCH ()-[r]->() RETURN count(r) AS c');
  if (Number(loadedRels) !== relationships) throw new Error(`Kuzu loaded ${loadedRels} relationships, expected ${relationships}`);
  return { kuzu, conn, run, manifest, relationships, entityMs, relationshipMs, rssBefore, rssAfterEntities, rssAfterRelationships };
}
