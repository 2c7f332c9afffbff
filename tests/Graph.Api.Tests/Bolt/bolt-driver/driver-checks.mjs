// Neo4j's JavaScript driver against the service's Bolt listener. BoltDriverTests starts the service and runs
// this script; each check prints one JSON line {"check", "ok", "detail"}; the test asserts every expected
// check is present and ok, and compares the analyst queries' rows with the store's own answer.
//
// Environment: BOLT_PORT, QUERIES_DIR, EDITOR_KEY, READER_KEY, BAD_KEY, EDITOR_TOKEN.
import neo4j from 'neo4j-driver';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const port = process.env.BOLT_PORT;
const bolt = `bolt://127.0.0.1:${port}`;
const basic = (key) => neo4j.auth.basic('graph', key);
// Probe nodes are tagged with this run's id, so the script can run again against the same store.
const run = `${process.pid}-${Date.now()}`;
const config = { disableLosslessIntegers: false, connectionTimeout: 10000, maxTransactionRetryTime: 5000 };

function report(check, ok, detail) {
  process.stdout.write(JSON.stringify({ check, ok, detail }) + '\n');
}

async function check(name, body) {
  try {
    const detail = await body();
    report(name, true, detail ?? null);
  } catch (e) {
    report(name, false, `${e.code ?? ''} ${e.message}`);
  }
}

async function withSession(url, auth, options, body) {
  const driver = neo4j.driver(url, auth, config);
  try {
    const session = driver.session(options);
    try {
      return await body(session);
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

// Plain JSON of a record value, for comparing with the store's answer.
function plain(value) {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof neo4j.types.Node) return { elementId: value.elementId, labels: value.labels, properties: plain(value.properties) };
  if (value instanceof neo4j.types.Relationship) return { elementId: value.elementId, type: value.type };
  if (value instanceof neo4j.types.Path) return { length: value.length };
  if (typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  if (typeof value === 'object') return value.toString();
  return value;
}

async function expectFailure(work, code) {
  try {
    await work();
  } catch (e) {
    expect(e.code === code, `expected ${code}, got ${e.code}: ${e.message}`);
    return e.code;
  }
  throw new Error(`expected ${code}, but it succeeded`);
}

// Every analyst query with the parameters its header names.
for (const file of readdirSync(process.env.QUERIES_DIR).filter((f) => f.endsWith('.cypher')).sort()) {
  await check(`query:${file}`, async () => {
    const text = readFileSync(join(process.env.QUERIES_DIR, file), 'utf8');
    const header = text.split('\n').find((line) => line.startsWith('// params:'));
    const params = header ? JSON.parse(header.slice('// params:'.length)) : {};
    for (const [k, v] of Object.entries(params)) if (Number.isInteger(v)) params[k] = neo4j.int(v);
    return withSession(bolt, basic(process.env.READER_KEY), { defaultAccessMode: neo4j.session.READ }, async (s) => {
      const result = await s.run(text, params);
      return { keys: result.records.length ? result.records[0].keys : [], rows: result.records.map((r) => plain(r.toObject())) };
    });
  });
}

await check('explicit-transaction-with-bookmarks', async () => {
  const driver = neo4j.driver(bolt, basic(process.env.EDITOR_KEY), config);
  try {
    const writer = driver.session({ defaultAccessMode: neo4j.session.WRITE });
    const tx = await writer.beginTransaction();
    const created = await tx.run('CREATE (p:BoltProbe {id: $id, at: $at}) RETURN p.id AS id', { id: `tx-probe-${run}`, at: neo4j.int(1) });
    expect(created.records[0].get('id') === `tx-probe-${run}`, 'the write did not return its row');
    await tx.commit();
    const bookmarks = writer.lastBookmarks();
    await writer.close();
    expect(bookmarks.length === 1 && bookmarks[0].length > 0, `no bookmark after commit: ${JSON.stringify(bookmarks)}`);

    const reader = driver.session({ defaultAccessMode: neo4j.session.READ, bookmarks });
    const read = await reader.run('MATCH (p:BoltProbe {id: $id}) RETURN count(p) AS n', { id: `tx-probe-${run}` });
    await reader.close();
    expect(read.records[0].get('n').toNumber() === 1, 'the committed write is not visible after the bookmark');

    const undo = driver.session();
    const rolled = await undo.beginTransaction();
    await rolled.run('CREATE (:BoltProbe {id: $id})', { id: `rolled-back-${run}` });
    await rolled.rollback();
    const after = await undo.run('MATCH (p:BoltProbe {id: $id}) RETURN count(p) AS n', { id: `rolled-back-${run}` });
    await undo.close();
    expect(after.records[0].get('n').toNumber() === 0, 'a rolled-back write is visible');
    return { bookmarks };
  } finally {
    await driver.close();
  }
});

await check('transaction-function-retries', async () => {
  let attempts = 0;
  const id = await withSession(bolt, basic(process.env.EDITOR_KEY), {}, (s) =>
    s.executeWrite(async (tx) => {
      attempts++;
      const r = await tx.run('MERGE (p:BoltProbe {id: $id}) ON CREATE SET p.attempts = 0 SET p.attempts = p.attempts + 1 RETURN p.id AS id', { id: `retried-${run}` });
      // The first attempt fails as a deadlock would: the driver rolls it back and runs the function again.
      if (attempts === 1) throw new neo4j.Neo4jError('simulated deadlock', 'Neo.TransientError.Transaction.DeadlockDetected');
      return r.records[0].get('id');
    }));
  const count = await withSession(bolt, basic(process.env.EDITOR_KEY), {}, async (s) =>
    (await s.run('MATCH (p:BoltProbe {id: $id}) RETURN p.attempts AS a', { id: `retried-${run}` })).records[0].get('a').toNumber());
  expect(attempts === 2, `the function ran ${attempts} times`);
  expect(id === `retried-${run}` && count === 1, `the retried write was applied ${count} times`);
  return { attempts };
});

await check('values-round-trip', async () => {
  const { Date: D, Time, LocalTime, DateTime, LocalDateTime, Duration, Point } = neo4j.types;
  const values = {
    nothing: null,
    yes: true,
    small: neo4j.int(-7),
    big: neo4j.int('9007199254740993'),
    float: 2.5,
    text: 'Астана — Baku ✓',
    bytes: new Uint8Array([0, 1, 255, 127]),
    list: [neo4j.int(1), 'two', [3.5]],
    map: { a: neo4j.int(1), b: { c: 'd' } },
    date: new D(2023, 4, 12),
    localTime: new LocalTime(10, 30, 15, 123456789),
    time: new Time(10, 30, 0, 0, 6 * 3600),
    localDateTime: new LocalDateTime(2023, 4, 12, 10, 30, 0, 5),
    offsetDateTime: new DateTime(2023, 4, 12, 10, 30, 0, 0, 5 * 3600),
    zonedDateTime: new DateTime(2023, 4, 12, 10, 30, 0, 0, undefined, 'Asia/Almaty'),
    duration: new Duration(14, 3, 3600, 500),
    point2d: new Point(7203, 1.5, 2.5),
    point3d: new Point(4979, 71.4, 51.1, 350.0),
  };
  const back = await withSession(bolt, basic(process.env.READER_KEY), {}, async (s) =>
    (await s.run('RETURN $values AS v', { values })).records[0].get('v'));
  // Bytes compare by value; a zoned date-time comes back with the zone's offset filled in, as from Neo4j; a point's
  // SRID is an integer on the wire whatever JavaScript number was sent.
  const expectedText = {
    bytes: '0,1,255,127',
    zonedDateTime: '2023-04-12T10:30:00+06:00[Asia/Almaty]',
    point2d: 'Point{srid=7203, x=1.5, y=2.5}',
    point3d: 'Point{srid=4979, x=71.4, y=51.1, z=350.0}',
  };
  const differ = [];
  for (const [key, sent] of Object.entries(values)) {
    const got = back[key];
    const same = key in expectedText
      ? got !== null && got.toString() === expectedText[key]
      : JSON.stringify(plain(got)) === JSON.stringify(plain(sent));
    if (!same) differ.push(`${key}: sent ${JSON.stringify(plain(sent))}, got ${JSON.stringify(plain(got))}`);
  }
  expect(differ.length === 0, differ.join('; '));
  return Object.keys(values);
});

await check('engine-values', async () => {
  const row = await withSession(bolt, basic(process.env.READER_KEY), {}, async (s) => (await s.run(
    `RETURN date('2023-04-12') AS d, datetime('2023-04-12T10:30:00+05:00') AS dt,
            datetime({year: 2023, month: 4, day: 12, hour: 10, timezone: 'Asia/Almaty'}) AS zoned,
            localdatetime('2023-04-12T10:30') AS ldt, time('10:30+06:00') AS t, localtime('10:30:15') AS lt,
            duration('P1Y2M3DT4H') AS dur`)).records[0].toObject());
  const text = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.toString()]));
  const expected = {
    d: '2023-04-12', dt: '2023-04-12T10:30:00+05:00', zoned: '2023-04-12T10:00:00+06:00[Asia/Almaty]',
    ldt: '2023-04-12T10:30:00', t: '10:30:00+06:00', lt: '10:30:15', dur: 'P1Y2M3DT4H',
  };
  expect(JSON.stringify(text) === JSON.stringify(expected), `got ${JSON.stringify(text)}`);
  return text;
});

await check('graph-entities', async () => {
  return withSession(bolt, basic(process.env.READER_KEY), {}, async (s) => {
    const r = (await s.run(
      "MATCH p = (l:Leader)-[r:LEADS]->(st:State) RETURN l, r, st, p ORDER BY l.id LIMIT 1")).records[0];
    const [l, rel, st, p] = ['l', 'r', 'st', 'p'].map((k) => r.get(k));
    expect(l.labels.includes('Leader') && typeof l.elementId === 'string' && l.elementId.length > 0, 'node without labels or element id');
    expect(rel.type === 'LEADS' && rel.startNodeElementId === l.elementId && rel.endNodeElementId === st.elementId, 'relationship ends do not match its nodes');
    expect(p.length === 1 && p.start.elementId === l.elementId && p.end.elementId === st.elementId, 'path does not run from the leader to the state');
    expect(p.segments[0].relationship.elementId === rel.elementId, 'path segment is not the relationship');
    return { leader: l.properties.id, state: st.properties.id };
  });
});

await check('streaming-fetch-size', async () => {
  const driver = neo4j.driver(bolt, basic(process.env.READER_KEY), { ...config, fetchSize: 2 });
  try {
    const s = driver.session();
    const all = await s.run('UNWIND range(1, 7) AS i RETURN i');
    const tx = await s.beginTransaction();
    // Two results open in one transaction: the driver pulls each by its qid.
    const a = tx.run('UNWIND range(1, 5) AS i RETURN i');
    const b = tx.run('UNWIND range(1, 3) AS i RETURN i * 10 AS i');
    const [ra, rb] = [await a, await b];
    await tx.commit();
    await s.close();
    const ints = (res) => res.records.map((x) => x.get('i').toNumber());
    expect(JSON.stringify(ints(all)) === '[1,2,3,4,5,6,7]', `got ${ints(all)}`);
    expect(ints(ra).length === 5 && JSON.stringify(ints(rb)) === '[10,20,30]', `got ${ints(ra)} / ${ints(rb)}`);
    return ints(all);
  } finally {
    await driver.close();
  }
});

await check('auth-refusals', async () => {
  const unknown = await expectFailure(() => withSession(bolt, basic(process.env.BAD_KEY), {}, (s) => s.run('RETURN 1')),
    'Neo.ClientError.Security.Unauthorized');
  const readerWrite = await expectFailure(() => withSession(bolt, basic(process.env.READER_KEY), {}, (s) => s.run("CREATE (:BoltProbe {id: 'reader'})")),
    'Neo.ClientError.Security.Forbidden');
  const anonymousWrite = await expectFailure(() => withSession(bolt, neo4j.auth.none(), {}, (s) => s.run("CREATE (:BoltProbe {id: 'anonymous'})")),
    'Neo.ClientError.Security.Forbidden');
  const anonymousRead = await withSession(bolt, neo4j.auth.none(), {}, async (s) => (await s.run('RETURN 1 AS one')).records[0].get('one').toNumber());
  expect(anonymousRead === 1, 'anonymous read failed');
  const tokenWrite = await withSession(bolt, neo4j.auth.bearer(process.env.EDITOR_TOKEN), {}, async (s) =>
    (await s.run("CREATE (p:BoltProbe {id: 'token'}) RETURN p.id AS id")).records[0].get('id'));
  expect(tokenWrite === 'token', 'a bearer token with the editor role could not write');
  const badToken = await expectFailure(() => withSession(bolt, neo4j.auth.bearer('not.a.token'), {}, (s) => s.run('RETURN 1')),
    'Neo.ClientError.Security.Unauthorized');
  return { unknown, readerWrite, anonymousWrite, badToken };
});

await check('errors-carry-neo4j-codes', async () => {
  const code = await expectFailure(() => withSession(bolt, basic(process.env.READER_KEY), {}, (s) => s.run('RETURN 1 +')),
    'Neo.ClientError.Statement.SyntaxError');
  // After a failure the same session carries on (RESET puts the connection back to ready).
  const again = await withSession(bolt, basic(process.env.READER_KEY), {}, async (s) => {
    await s.run('RETURN nope').catch(() => null);
    return (await s.run('RETURN 2 AS two')).records[0].get('two').toNumber();
  });
  expect(again === 2, 'the session did not recover after a failure');
  return code;
});

await check('neo4j-routing', async () => {
  const driver = neo4j.driver(`neo4j://127.0.0.1:${port}`, basic(process.env.EDITOR_KEY), config);
  try {
    await driver.verifyConnectivity();
    const s = driver.session({ defaultAccessMode: neo4j.session.READ });
    const n = (await s.run('MATCH (s:State) RETURN count(s) AS n')).records[0].get('n').toNumber();
    await s.close();
    const w = driver.session({ defaultAccessMode: neo4j.session.WRITE });
    await w.executeWrite((tx) => tx.run("CREATE (:BoltProbe {id: 'routed'})"));
    await w.close();
    expect(n > 0, 'no states through neo4j://');
    return { states: n };
  } finally {
    await driver.close();
  }
});
