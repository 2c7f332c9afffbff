// A long-lived Kuzu worker for the interleaved comparison (Graph.Benchmarks `interleaved`): loads the CSV graph
// once, prints {"ready": …} and then answers one JSON request per stdin line, {"query": "…"}, with one JSON line:
// the rows (each value as text, so both engines' answers compare by content), the time Kuzu took measured here
// in-process (execute + reading every row, as our side times Execute + its records), and this process's RSS.
// Usage: node worker.mjs <csv-directory>
import readline from 'node:readline';
import { load, now } from './load.mjs';

const log = (m) => process.stderr.write(`[kuzu ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const { kuzu, conn, relationships, manifest } = await load(process.argv[2] ?? 'graph-csv', log);

const text = (v) => {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isInteger(v) ? v.toString() : v.toPrecision(15);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

const out = (o) => process.stdout.write(JSON.stringify(o) + '\n');
out({ ready: true, engine: `kuzu ${kuzu.VERSION ?? '0.11.3'} (Node ${process.version}, in-memory database)`, entities: manifest.entities, relationships, rss: process.memoryUsage().rss });

for await (const line of readline.createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { query } = JSON.parse(line);
  try {
    const start = now();
    const result = await conn.query(query);
    const rows = await result.getAll();
    const ms = now() - start;
    result.close?.();
    out({ ms, rows: rows.map((r) => Object.values(r).map(text)), rss: process.memoryUsage().rss });
  } catch (e) {
    out({ error: String(e?.message ?? e), rss: process.memoryUsage().rss });
  }
}
