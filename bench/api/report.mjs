// Turns the load generator's JSON lines into the README's markdown table: per graph and query, the
// median over the runs of Graph and of yoga, side by side, and the ratio of their request rates.
//   node report.mjs results.jsonl
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
// Runs in which no request ended inside the window have no latencies (null): left out of the median.
const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((p, q) => p - q);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const groups = new Map();
for (const r of rows) {
  const [graph, query, server] = r.label.split('|');
  const key = `${graph}|${query}`;
  if (!groups.has(key)) groups.set(key, { graph, query, graph_: [], yoga: [] });
  groups.get(key)[server === 'graph' ? 'graph_' : 'yoga'].push(r);
}

const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const summary = (runs) =>
  runs.length === 0
    ? null
    : {
        rps: median(runs.map((r) => r.requestsPerSecond)),
        p50: median(runs.map((r) => r.p50Ms)),
        p99: median(runs.map((r) => r.p99Ms)),
        errors: runs.reduce((n, r) => n + r.errors, 0),
        kb: median(runs.map((r) => r.meanResponseBytes)) / 1024,
        n: runs.length,
      };

console.log('| graph | query | Graph req/s | yoga req/s | Graph/yoga | Graph p50 ms | yoga p50 ms | Graph p99 ms | yoga p99 ms | errors (Graph/yoga) | response KB |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const g of groups.values()) {
  const a = summary(g.graph_);
  const b = summary(g.yoga);
  const ratio = a && b && b.rps > 0 ? `${(a.rps / b.rps).toFixed(2)}×` : '–';
  console.log(
    `| ${g.graph} | ${g.query} | ${fmt(a?.rps)} | ${fmt(b?.rps)} | ${ratio} | ${fmt(a?.p50, 2)} | ${fmt(b?.p50, 2)} | ${fmt(a?.p99, 2)} | ${fmt(b?.p99, 2)} | ${a?.errors ?? '–'}/${b?.errors ?? '–'} | ${fmt(a?.kb ?? b?.kb)} |`,
  );
}
