using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Cypher.Tests.Execution;
using Record = Graph.Core.Store.Record;

namespace Graph.Cypher.Tests.Planning;

// Locks down that a planned statement answers exactly as the clause interpreter does over the same graph: same
// columns, same rows (in order under ORDER BY, as multisets otherwise), same error — and that it was planned.
public sealed class DifferentialTests : IDisposable
{
    private readonly Db _planned = PlanningGraph.Create();
    private readonly Db _interpreted = PlanningGraph.Create(interpretedOnly: true);

    public void Dispose()
    {
        _planned.Dispose();
        _interpreted.Dispose();
    }

    internal static readonly Dictionary<string, object?> Dates = new()
    {
        ["from"] = "2023-01-04",
        ["to"] = "2023-01-12",
        ["ids"] = new List<object?> { "a3", "a7", "nope", null, "a3" },
        ["n"] = 5L,
    };

    public static TheoryData<string> Queries => new()
    {
        // Whole-graph aggregation over one hop.
        "MATCH (m:Ministry)-[:PARTY_TO]->(a:Agreement) RETURN m.id, count(a)",
        "MATCH (a:Agreement)<-[:PARTY_TO]-(m:Ministry) RETURN m.id AS m, collect(a.id) AS agreements, count(*) AS c",
        // Date range through a range index on a statement constant, ordered and paged.
        "MATCH (a:Agreement) WHERE a.date >= date($from) AND a.date < date($to) RETURN a.id ORDER BY a.date, a.id LIMIT 5",
        "MATCH (a:Agreement) WHERE a.date > date($from) RETURN a.id, a.date ORDER BY a.date DESC, a.id SKIP 3 LIMIT 4",
        "MATCH (a:Agreement) RETURN a.id ORDER BY a.date, a.id SKIP 10 LIMIT 10",
        "MATCH (a:Agreement) RETURN a.id, a.date ORDER BY a.date",
        // Three hops with a filter on the middle node.
        "MATCH (m:Ministry)-[:PARTY_TO]->(a:Agreement)-[:SIGNED_AT]->(e:Event) WHERE a.kind = 'Protocol' RETURN m.id, a.id, e.id",
        "MATCH (s:State)<-[:PART_OF]-(m:Ministry)-[:PARTY_TO]->(a:Agreement) WHERE m.n > 10 AND a.n < 40 RETURN s.id, count(DISTINCT a) AS n",
        // Value join and cartesian products between independent parts.
        "MATCH (e:Event), (a:Agreement) WHERE e.date = a.date RETURN count(*)",
        "MATCH (e:Event), (a:Agreement) WHERE a.date = e.date AND a.kind = 'Protocol' RETURN e.id, a.id",
        "MATCH (s:State), (m:Ministry) WHERE m.n < 3 RETURN s.id, m.id",
        "MATCH (s:State), (m:Ministry) WHERE m.n < s.n + 3 RETURN count(*)",
        // Multi-part queries: a bound node is the next MATCH's argument.
        "MATCH (m:Ministry) WITH m, m.n % 3 AS k WHERE k = 0 MATCH (m)-[:PARTY_TO]->(a) RETURN k, m.id, a.id",
        "MATCH (m:Ministry) WITH m ORDER BY m.n DESC LIMIT 4 MATCH (m)-[:PART_OF]->(s) RETURN m.id, s.id",
        "MATCH (a:Agreement) WITH a.kind AS kind, count(*) AS c WHERE c > 5 RETURN kind, c ORDER BY kind",
        "MATCH (a:Agreement) WITH a.id AS id ORDER BY a.n DESC LIMIT 3 RETURN id",
        "UNWIND $ids AS id MATCH (a:Agreement {id: id}) RETURN id, a.n",
        "UNWIND range(1, 5) AS i MATCH (m:Ministry {n: i}) RETURN i, m.id",
        "UNWIND [1, 2, null, [3]] AS x RETURN x",
        // OPTIONAL MATCH: the row kept with nulls when nothing matches; a null node matches nothing later.
        "MATCH (m:Ministry) OPTIONAL MATCH (m)-[:PART_OF]->(s:State {id: 's1'}) RETURN m.id, s.id",
        "OPTIONAL MATCH (n:Nothing) RETURN n",
        "OPTIONAL MATCH (a:Agreement {id: 'a1'}), (e:Event {id: 'e99'}) RETURN a.id, e",
        "MATCH (a:Agreement) OPTIONAL MATCH (a)-[:SIGNED_AT]->(e:Event) WHERE e.n > 20 RETURN a.id, e.id",
        "MATCH (s:State) OPTIONAL MATCH (s)<-[:PART_OF]-(m:Ministry) WHERE m.n > 18 WITH s, m MATCH (m)-[:PARTY_TO]->(a) RETURN s.id, count(a)",
        "MATCH (s:State) OPTIONAL MATCH (s)<-[:PART_OF]-(m:Ministry) WHERE m.n > 18 WITH m AS x MATCH (x) RETURN count(*)",
        "MATCH (s:State) OPTIONAL MATCH (s)<-[:PART_OF]-(m:Ministry) WHERE m.n > 18 RETURN s.id, count(m), collect(m.id)",
        // Aggregates, DISTINCT, grouping on several keys.
        "MATCH (a:Agreement) RETURN a.kind, count(*), count(a.date), min(a.date), max(a.n), avg(a.n), sum(a.n)",
        "MATCH (a:Agreement) RETURN count(DISTINCT a.kind), collect(DISTINCT a.kind)",
        "MATCH (a:Agreement) RETURN DISTINCT a.kind",
        "MATCH (a:Agreement) WHERE a.n > 1000 RETURN count(*), collect(a.id)",
        "MATCH (a:Agreement) RETURN a.kind AS kind, count(*) AS c ORDER BY c DESC, kind",
        "MATCH (a:Agreement) RETURN a.kind AS kind, count(*) + 1 AS c, {k: a.kind, n: count(*)} AS m",
        // Directions, cycles, uniqueness, self-loops.
        "MATCH (a:Agreement)-[r]-(x) RETURN type(r), count(*)",
        "MATCH (s1:State)-[:TRADES_WITH]->(s2:State)-[:TRADES_WITH]->(s1) RETURN s1.id, s2.id",
        "MATCH (s:State)-[t:TRADES_WITH]-(s) RETURN s.id, t.year",
        "MATCH (a)-[r1]-(b)-[r2]-(c) WHERE a:State RETURN count(*)",
        "MATCH (a:State)-[r1:TRADES_WITH]->(b), (b)-[r2:TRADES_WITH]->(c) RETURN count(*)",
        "MATCH (s:State)-[:TRADES_WITH {year: 2021}]->(x) RETURN s.id, x.id",
        // Labels, predicates, nulls.
        "MATCH (n:Ministry|State) RETURN count(n)",
        "MATCH (n) WHERE n:Agreement OR n:Event RETURN count(*)",
        "MATCH (n:!Agreement&!Event) RETURN count(*)",
        "MATCH (a:Agreement) WHERE a.kind IS NULL OR NOT a.n % 2 = 0 RETURN a.id",
        "MATCH (a:Agreement) WHERE a.kind STARTS WITH 'Pro' AND a.id IN ['a3', 'a6', 'a9'] RETURN a.id",
        "MATCH (a:Agreement {kind: 'Protocol'}) WHERE a.n % 4 = 0 RETURN a.id, a.kind",
        "MATCH (a:Agreement) WHERE [x IN [a.n, a.n * 2] WHERE x > 50] <> [] RETURN a.id",
        "MATCH (a:Agreement) RETURN a {.id, .kind} AS map, CASE WHEN a.n > 30 THEN 'late' ELSE 'early' END AS phase",
        "MATCH (m:Ministry) WHERE m.n = $n RETURN m",
        "MATCH (m:Ministry)-[r:PART_OF]->(s) RETURN *",
        "MATCH (a:Agreement) RETURN a.id LIMIT 0",
        "MATCH (x) RETURN count(*)",
        // A value bound earlier used as a node: matches when it holds one.
        "MATCH (m:Ministry) WITH collect(m) AS ms UNWIND ms AS m MATCH (m)-[:PART_OF]->(s) RETURN m.id, s.id",
        "UNWIND [1, null, 'x'] AS m MATCH (m)-[:PART_OF]->(s) RETURN s",
        "MATCH (s:State) WITH collect(s) + [null, 3] AS xs UNWIND xs AS x MATCH (x:State) RETURN x.id",
        "MATCH (s:State) WITH collect(s) AS edges CALL (edges) { UNWIND edges[1..3] AS e WITH e AS this0 MATCH (this0)<-[:PART_OF]-(m) RETURN count(m) AS n } RETURN n",
        // Variable-length relationships: every relationship-unique path, its list in pattern order.
        "MATCH (m:Ministry {id: 'm3'})-[*1..3]-(x) RETURN count(*), count(DISTINCT x)",
        "MATCH (m:Ministry {id: 'm3'})-[*1..3]-(x) RETURN count(DISTINCT x)",
        "MATCH (m:Ministry {id: 'm3'})-[*1..3]-(x) RETURN DISTINCT x.id",
        "MATCH (m:Ministry)-[*1..2]-(x) RETURN m.id, count(DISTINCT x), collect(DISTINCT x.id)",
        "MATCH (s:State {id: 's1'})-[*0..2]-(x) RETURN DISTINCT x.id",
        "MATCH (s:State {id: 's1'})-[:TRADES_WITH*1..3]->(x) RETURN DISTINCT x.id",
        "MATCH (s:State {id: 's2'})-[:TRADES_WITH*1..3]->(x) RETURN count(DISTINCT x)",
        "MATCH (s:State)-[r:TRADES_WITH*2]->(t) RETURN s.id, [x IN r | x.year] AS years, t.id",
        "MATCH (s:State {id: 's1'})-[r:TRADES_WITH*0..2]-(t) RETURN size(r) AS n, t.id",
        "MATCH (a:Agreement {id: 'a9'})<-[r:PARTY_TO|PART_OF*1..2]-(x) RETURN x.id, size(r)",
        "MATCH (x)-[r:PART_OF*1..2]->(s:State {id: 's2'}) RETURN x.id, [y IN r | type(y)] AS types",
        "MATCH (e:Event {id: 'e3'})<-[*2..3]-(x) RETURN count(*)",
        "MATCH (a:State {id: 's1'}), (b:State {id: 's2'}) MATCH (a)-[:TRADES_WITH*1..3]-(b) RETURN count(*)",
        "MATCH (s:State {id: 's3'})-[:TRADES_WITH*]-(x) RETURN count(DISTINCT x)",
        "MATCH (s:State) OPTIONAL MATCH (s)-[:TRADES_WITH*2..2]->(x:State {id: 's1'}) RETURN s.id, count(DISTINCT x)",
        "MATCH (m:Ministry) RETURN m.id, [(m)-[*1..2]-(x:State) | x.id] AS states",
        // Variable-length hops with inline properties (tested on each relationship during the walk) and sharing relationships with another hop.
        "MATCH (s:State {id: 's1'})-[:TRADES_WITH*1..3 {year: 2020}]-(x) RETURN count(*), count(DISTINCT x)",
        "MATCH (s:State)-[:TRADES_WITH*1..3 {year: 2020}]->(x) RETURN s.id, count(DISTINCT x)",
        "MATCH (s:State)-[r:TRADES_WITH*1..2 {year: 2021}]-(t) RETURN s.id, size(r), t.id",
        "UNWIND [2020, 2021, 1999] AS y MATCH (s:State {id: 's1'})-[r*1..2 {year: y}]-(t) RETURN y, [x IN r | x.year] AS years, t.id",
        "MATCH (s:State {id: 's1'})-[*1..2 {year: null}]-(x) RETURN count(*)",
        "MATCH (s:State {id: 's1'})-[*0..2 {year: 2020, year: 2021}]-(x) RETURN DISTINCT x.id",
        "MATCH (a:State {id: 's1'}), (b:State {id: 's2'}) MATCH (a)-[:TRADES_WITH*1..3 {year: 2020}]-(b) RETURN count(*)",
        "MATCH p = (s:State {id: 's2'})-[:TRADES_WITH*1..2 {year: 2020}]->(t) RETURN [n IN nodes(p) | n.id] AS ids",
        "MATCH (s:State {id: 's1'})-[r1:TRADES_WITH]-(t)-[r2:TRADES_WITH*1..2]-(u) RETURN count(*), count(DISTINCT u)",
        "MATCH (s:State {id: 's1'})-[:TRADES_WITH*1..2]-(t)-[:TRADES_WITH*1..2]-(u) RETURN count(*)",
        "MATCH (m:Ministry {id: 'm3'})-[*1..2]-(x)-[:PARTY_TO]-(y) RETURN count(*), count(DISTINCT y)",
        "MATCH (s:State {id: 's2'})-[*1..2]-(x), (x)-[r:PART_OF]->(t) RETURN count(*)",
        // A relationship bound by an earlier clause matched again: its ends projected (ProjectEndpoints), both ways when undirected.
        "MATCH ()-[r:TRADES_WITH]->() WITH r MATCH (x)-[r]-(y) RETURN x.id, y.id, r.year",
        "MATCH ()-[r:TRADES_WITH]->() WITH r MATCH (x)<-[r]-(y) RETURN x.id, y.id",
        "MATCH ()-[r]->() WITH r MATCH (x:Ministry)-[r:PART_OF|PARTY_TO]->(y) WHERE y.n > 30 OR y:State RETURN x.id, y.id",
        "MATCH ()-[r]->() WITH r MATCH (x)-[r:PART_OF]-(s:State)<-[q:PART_OF]-(m) RETURN count(*), count(DISTINCT m)",
        "MATCH (s:State {id: 's1'})-[r]-(t) WITH s, r MATCH (s)-[r]->(u) RETURN u.id",
        "MATCH (s:State)-[r:TRADES_WITH]->(t) WITH r, t MATCH (a)-[r]->(t) RETURN a.id, t.id",
        "MATCH (s:State)-[r:TRADES_WITH]->(s) WITH r MATCH (a)-[r]-(b) RETURN a.id, b.id",
        "MATCH (s:State)-[r:TRADES_WITH]-(t) WITH r MATCH (a)-[r]-(a) RETURN a.id",
        "UNWIND [null, 1] AS r MATCH (a)-[r]->(b) RETURN count(*)",
        "MATCH (m:Ministry {id: 'm1'}) OPTIONAL MATCH (m)-[r:PART_OF]->() WITH r OPTIONAL MATCH (x)-[r]->(y:Ministry) RETURN r IS NULL, x.id, y.id",
        // CALL subqueries: Apply with the imported variables as the argument.
        "MATCH (m:Ministry) CALL (m) { MATCH (m)-[:PARTY_TO]->(a:Agreement) RETURN collect(a.id) AS ids } RETURN m.id, ids",
        "MATCH (m:Ministry) CALL (m) { MATCH (m)-[:PARTY_TO]->(a:Agreement) RETURN a.id AS id ORDER BY id LIMIT 2 } RETURN m.id, id",
        "MATCH (m:Ministry) CALL { WITH m MATCH (m)-[:PART_OF]->(s) RETURN s.id AS state } RETURN m.id, state",
        "MATCH (m:Ministry) WHERE m.n < 6 CALL (*) { MATCH (a:Agreement) WHERE a.n = m.n RETURN a.kind AS kind } RETURN m.id, kind",
        "MATCH (m:Ministry) OPTIONAL CALL (m) { MATCH (m)-[:PARTY_TO]->(a:Agreement {kind: 'Protocol'}) RETURN a.id AS id } RETURN m.id, id",
        "CALL () { MATCH (s:State) RETURN count(*) AS states } RETURN states",
        "CALL () { MATCH (m:Ministry) WITH m LIMIT 5 CALL (m) { MATCH (m)-[:PARTY_TO]->(a:Agreement) CALL (a) { MATCH (a)-[:SIGNED_AT]->(e:Event) RETURN collect(e { .id, .n }) AS events } RETURN collect(a { __typename: 'Agreement', .id, .kind, events: events }) AS agreements } RETURN collect(m { .id, agreements: agreements }) AS ministries } RETURN ministries",
        // CALL { … } IN TRANSACTIONS: TransactionApply / TransactionForeach committing batch by batch.
        "UNWIND [1, 0, 2, 4, 5] AS i CALL (i) { CREATE (n:X {num: 100 / i}) RETURN n.num AS num } IN TRANSACTIONS OF 2 ROWS ON ERROR CONTINUE REPORT STATUS AS s RETURN i, num, s.started, s.committed, s.errorMessage",
        "UNWIND [1, 0, 2, 4] AS i CALL (i) { CREATE (n:X {num: 100 / i}) RETURN n.num AS num } IN TRANSACTIONS OF 1 ROW ON ERROR BREAK REPORT STATUS AS s RETURN i, num, s.started, s.committed",
        "MATCH (m:Ministry) CALL (m) { SET m.flag = m.n % 2 = 0 } IN TRANSACTIONS OF 3 ROWS WITH count(*) AS c MATCH (x:Ministry) WHERE x.flag RETURN c, count(x)",
        "MATCH (a:Agreement) WHERE a.n > 50 CALL (a) { MATCH (a)-[r]-() DELETE r RETURN count(r) AS gone } IN CONCURRENT TRANSACTIONS OF $n ROWS RETURN a.id, gone",
        // RollUpExpand: the collected one-hop subquery in every form the GraphQL translator writes, and the ones it does not fuse.
        "MATCH (m:Ministry) CALL (m) { MATCH (m)-[:PARTY_TO]->(a:Agreement) WHERE a.kind = 'Protocol' RETURN collect(a { .id, .n }) AS ps } RETURN m.id, ps",
        "MATCH (m:Ministry) CALL (m) { MATCH (m)-[:PARTY_TO]->(a:Agreement) RETURN head(collect(a { .id })) AS first } RETURN m.id, first",
        "MATCH (s:State) CALL (s) { MATCH (s)<-[:PART_OF]-(m:Ministry) RETURN collect(m.id) AS ids } RETURN s.id, ids",
        "MATCH (s:State) CALL (s) { MATCH (s)-[r:TRADES_WITH]-(t) RETURN collect(t { .id, year: r.year }) AS partners } RETURN s.id, partners",
        "MATCH (s:State) CALL (s) { MATCH (t)<-[:TRADES_WITH]-(s) RETURN collect(t { .id, .name, id: 'again', .id }) AS partners } RETURN s.id, partners",
        "MATCH (m:Ministry) CALL (m) { MATCH (m)-[:PARTY_TO]->(a:Agreement) RETURN collect(a { .id, by: m.id }) AS xs } RETURN xs",
        "MATCH (m:Ministry) CALL (m) { MATCH (m)-[:PARTY_TO]->(a:Agreement) RETURN collect(a.date) AS dates, 1 AS one } RETURN m.id, dates",
        "MATCH (m:Ministry) CALL (m) { MATCH (m)-[:PARTY_TO]->(a) RETURN collect(a.kind) AS kinds } RETURN m.id, kinds",
        "MATCH (m:Ministry) CALL (m) { MATCH (m)-[:PARTY_TO]->(a:Missing) RETURN collect(a.id) AS none } RETURN m.id, none",
        "MATCH (m:Ministry) CALL (m) { MATCH (m)-[:MISSING|PART_OF]->(s:State) RETURN collect(s.id) AS states } RETURN m.id, states",
        "MATCH (m:Ministry) OPTIONAL MATCH (m)-[:PART_OF]->(s:State {id: 's1'}) CALL (s) { MATCH (s)<-[:PART_OF]-(x) RETURN collect(x.id) AS xs } RETURN m.id, xs",
        "CALL () { MATCH (m:Ministry) CALL (m) { MATCH (m)-[:PARTY_TO]->(a:Agreement) CALL (a) { MATCH (a)-[:SIGNED_AT]->(e:Event) WHERE e.n > 10 RETURN collect(e { .id }) AS late } CALL (a) { MATCH (a)<-[:PARTY_TO]-(p:Ministry) RETURN head(collect(p { .id })) AS party } RETURN collect(a { .id, late: late, party: party }) AS agreements } RETURN collect(m { .id, agreements: agreements }) AS ministries } RETURN ministries",
        "MATCH (m:Ministry) CALL (m) { MATCH (m)-[:PARTY_TO]->(a:Agreement) CALL (a) { MATCH (a)-[:SIGNED_AT]->(e:Event) RETURN collect(e.id) AS events } RETURN collect(a { .id, events }) AS agreements } RETURN m.id, agreements",
        "MATCH (m:Ministry) RETURN m.id, [(m)<-[:PARTY_TO]-(x) | x.id] AS none, [(m)-[:PARTY_TO]->(a:Agreement) WHERE a.n > 30 | a.n * 2] AS doubled",
        // Pattern comprehensions, pattern predicates and EXISTS / COUNT / COLLECT subqueries.
        "MATCH (m:Ministry) WHERE exists { MATCH (m)-[:PART_OF]->(s) WITH s WHERE s.id <> 's1' RETURN s } RETURN m.id",
        "MATCH (m:Ministry) RETURN m.id, COUNT { MATCH (m)-[:PARTY_TO]->(a) WITH a.kind AS kind, count(*) AS c WHERE c > 1 RETURN kind } AS kinds",
        "MATCH (m:Ministry) RETURN m.id, COLLECT { MATCH (m)-[:PARTY_TO]->(a) WITH a ORDER BY a.n DESC LIMIT 2 RETURN a.id } AS top",
        "MATCH (m:Ministry) RETURN m.id, COLLECT { MATCH (m)-[:PARTY_TO]->(a) WITH DISTINCT a.kind AS kind WHERE kind IS NOT NULL RETURN kind + m.id } AS kinds",
        "MATCH (s:State) WHERE NOT exists { MATCH (s)<-[:PART_OF]-(m) WITH m, m.n * 2 AS twice WHERE twice > 36 RETURN m } RETURN s.id",
        "MATCH (s:State) RETURN s.id, COUNT { UNWIND range(1, 3) AS i WITH i WHERE i < size(s.id) RETURN i } AS n",
        "MATCH (m:Ministry) WITH m, COLLECT { MATCH (m)-[:PARTY_TO]->(a) WITH * WHERE a.n > 20 RETURN a.n } AS ns RETURN m.id, ns",
        "MATCH (m:Ministry) RETURN m.id, [(m)-[:PARTY_TO]->(a) | a.id] AS ids",
        "MATCH (m:Ministry) RETURN m { .id, agreements: [(m)-[:PARTY_TO]->(a:Agreement) WHERE a.n > 20 | a { .id, .date }] } AS m",
        "MATCH (m:Ministry) RETURN m.id, [(m)-[:PARTY_TO]->(a) | a.missing] AS nulls, size([(m)-->() | 1]) AS degree",
        "MATCH (m:Ministry) WHERE exists { (m)-[:PARTY_TO]->(:Agreement {kind: 'Protocol'}) } RETURN m.id",
        "MATCH (m:Ministry) WHERE NOT exists { (m)-[:PARTY_TO]->(:Agreement {kind: 'Protocol'}) } RETURN m.id",
        "MATCH (m:Ministry) WHERE (m)-[:PARTY_TO]->(:Agreement) AND m.n > 3 RETURN m.id",
        "MATCH (m:Ministry) WHERE NOT (m)-[:PARTY_TO]->() RETURN m.id",
        "MATCH (m:Ministry) WHERE exists { MATCH (m)-[:PARTY_TO]->(a) WHERE a.n > 50 } OR m.n = 1 RETURN m.id",
        "MATCH (m:Ministry) RETURN m.id, exists { (m)-[:PART_OF]->(:State {id: 's2'}) } AS inS2, count { (m)-[:PARTY_TO]->() } AS n",
        "MATCH (m:Ministry) RETURN m.id, COLLECT { MATCH (m)-[:PARTY_TO]->(a) RETURN a.kind } AS kinds",
        "MATCH (m:Ministry) WITH m WHERE count { (m)-[:PARTY_TO]->() } > 2 RETURN m.id",
        "MATCH (s:State) RETURN s.id, sum(size([(s)<-[:PART_OF]-(m) | m])) AS ministries",
        "MATCH (s:State) RETURN count { (s)<-[:PART_OF]-(m) } AS k, count(*) AS states",
        "UNWIND [(s:State)-[:TRADES_WITH]->(t) | t.id] AS id RETURN id",
        "MATCH (a:Agreement) WHERE a.n < 10 RETURN a.id, CASE WHEN (a)-[:SIGNED_AT]->() THEN [(a)-[:SIGNED_AT]->(e) | e.id] ELSE [] END AS events",
        "MATCH (m:Ministry) RETURN m.id, [(m)-[:PARTY_TO]->(a) | [(a)-[:SIGNED_AT]->(e) | e.id]] AS nested",
        "MATCH (m:Ministry) OPTIONAL MATCH (m)-[:PART_OF]->(s:State) WHERE exists { (s)-[:TRADES_WITH]->(s) } RETURN m.id, s.id",
        // Named paths: built from the match's slots, var-length hops' inner nodes walked from their relationships.
        "MATCH p = (m:Ministry)-[:PART_OF]->(s) RETURN p",
        "MATCH p = (s:State)<-[:PART_OF]-(m:Ministry)-[:PARTY_TO]->(a:Agreement {kind: 'Protocol'}) RETURN length(p), [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types",
        "MATCH p = (s:State {id: 's1'})-[:TRADES_WITH*0..2]-(t) RETURN p, length(p)",
        "MATCH p = (e:Event {id: 'e3'})<-[*2..3]-(x) RETURN [n IN nodes(p) | n.id] AS ids",
        "MATCH p = (a:Agreement {id: 'a9'})<-[:PARTY_TO]-(m)-[:PART_OF*1..2]->(s) RETURN p",
        "MATCH p = (m:Ministry)-[:PARTY_TO]->(a) WHERE length(p) = 1 AND a.n > 50 RETURN m.id, a.id",
        "MATCH (m:Ministry) OPTIONAL MATCH p = (m)-[:PART_OF]->(s:State {id: 's1'}) RETURN m.id, p",
        "MATCH p = (m:Ministry)-[:PART_OF]->(s), q = (s)<-[:PART_OF]-(o) WHERE m <> o RETURN m.id, length(p) + length(q) AS n, o.id",
        "MATCH (m:Ministry) RETURN m.id, [p = (m)-[:PARTY_TO]->(a) WHERE a.n < 20 | length(p)] AS lengths",
        "MATCH p = (x)-[*1..2]->(s:State {id: 's2'}) RETURN count(DISTINCT p), count(DISTINCT x)",
        // shortestPath / allShortestPaths between bound ends: breadth first, the first depth that reaches the end.
        "MATCH p = shortestPath((a:State {id: 's1'})-[*]-(b:Agreement {id: 'a9'})) RETURN length(p), [n IN nodes(p) | labels(n)[0]] AS kinds",
        "MATCH p = allShortestPaths((a:State {id: 's1'})-[*]-(b:Agreement {id: 'a9'})) RETURN p",
        "MATCH (m:Ministry {id: 'm2'}), (s:State) MATCH p = shortestPath((m)-[:PART_OF|TRADES_WITH*..3]->(s)) RETURN s.id, length(p)",
        "MATCH p = shortestPath((a:State {id: 's2'})-[r:TRADES_WITH*]->(b:State)) RETURN b.id, size(r), length(p)",
        "MATCH p = allShortestPaths((a:State)-[:TRADES_WITH*0..]-(b:State)) WHERE a.id < b.id OR a = b RETURN a.id, b.id, length(p)",
        "MATCH p = shortestPath((m:Ministry {id: 'm1'})-[r:PART_OF]->(s)) RETURN type(r), s.id, length(p)",
        "MATCH (e:Event {id: 'e5'}) OPTIONAL MATCH p = shortestPath((e)-[*..2]-(s:State)) RETURN e.id, p",
        // Pattern expressions in ORDER BY: computed by an Apply below the sort.
        "MATCH (m:Ministry) RETURN m.id ORDER BY size([(m)-[:PARTY_TO]->(a) | a.id]) DESC, m.id",
        "MATCH (m:Ministry) RETURN m.id AS id ORDER BY count { (m)-[:PARTY_TO]->() }, id LIMIT 5",
        "MATCH (m:Ministry) WITH m ORDER BY exists { (m)-[:PART_OF]->(:State {id: 's2'}) } DESC, m.n LIMIT 6 RETURN m.id",
        "MATCH (s:State) RETURN s.id AS id, count(*) AS c ORDER BY size([(s)<-[:PART_OF]-(m) | m]), id",
        // Compiled unary minus and plus, indexing, label checks and type predicates.
        "MATCH (a:Agreement) WHERE -a.n < -55 RETURN a.id, +a.n AS n, [a.n, 2][0] AS first, [a.id, a.kind][-1] AS last, a:Agreement AS isA, a:Event|State AS other, a.kind IS :: STRING AS s, a.date IS NOT :: DATE AS noDate",
        "MATCH (a:Agreement) WHERE a.n < 5 RETURN {k: a.kind}['k'] AS k, [1, 2, 3][a.n] AS item",
        // FINISH: everything before it runs, nothing is returned.
        "MATCH (m:Ministry) FINISH",
        "UNWIND [1, 2] AS i MATCH (m:Ministry {n: i}) FINISH",
        // Relationship type expressions on a single hop: a Filter on the type.
        "MATCH (m:Ministry)-[r:!PARTY_TO]->(x) RETURN m.id, type(r), x.id",
        "MATCH (a:Agreement)-[r:!PARTY_TO&!SIGNED_AT]-(x) RETURN count(*)",
        "MATCH (m:Ministry)-[r:%]->(x) RETURN type(r), count(*)",
        "MATCH (m:Ministry)-[:PARTY_TO&PART_OF]->(x) RETURN count(*)",
        // UNION ALL keeps every part's rows, UNION the first of each distinct row; columns matched by name.
        "MATCH (m:Ministry) WHERE m.n < 5 RETURN m.id AS id UNION ALL MATCH (s:State) RETURN s.id AS id",
        "MATCH (a:Agreement) RETURN a.kind AS k UNION MATCH (a:Agreement) WHERE a.n > 50 RETURN a.kind AS k",
        "MATCH (a:Agreement) RETURN a.kind AS k UNION ALL MATCH (a:Agreement) RETURN a.kind AS k",
        "MATCH (m:Ministry)-[:PART_OF]->(s:State) RETURN s.id AS id, count(*) AS n UNION MATCH (s:State) RETURN s.id AS id, 0 AS n UNION MATCH (s:State {id: 's1'}) RETURN s.id AS id, 0 AS n",
        "MATCH (m:Ministry) RETURN m AS x UNION MATCH (s:State) RETURN s AS x",
        "MATCH (a:Agreement) WHERE a.n < 4 RETURN a.id AS id ORDER BY id DESC LIMIT 2 UNION ALL MATCH (a:Agreement) WHERE a.n > 58 RETURN a.id AS id",
        // UNION inside CALL { … }: each part runs with the imported row.
        "MATCH (m:Ministry) WHERE m.n < 6 CALL (m) { MATCH (m)-[:PART_OF]->(s) RETURN s.id AS x UNION MATCH (m)-[:PARTY_TO]->(a) RETURN a.id AS x } RETURN m.id, x",
        "MATCH (m:Ministry) CALL (m) { RETURN m.n AS n UNION RETURN 0 AS n } RETURN m.id, n",
        "MATCH (m:Ministry) CALL { WITH m RETURN m.n % 3 AS n UNION ALL WITH m RETURN m.n % 2 AS n } RETURN n, count(*) AS c",
        "CALL () { MATCH (s:State) RETURN s.id AS id UNION ALL MATCH (m:Ministry) WHERE m.n > 17 RETURN m.id AS id } RETURN id",
        "MATCH (s:State) OPTIONAL CALL (s) { MATCH (s)-[:TRADES_WITH]->(t:State {id: 's2'}) RETURN t.id AS t UNION MATCH (s)<-[:TRADES_WITH]-(t:State {id: 's4'}) RETURN t.id AS t } RETURN s.id, t",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Planned_and_interpreted_answers_agree(string query)
    {
        // runtime=slotted: planned, whatever the default would choose.
        var explain = _planned.Run("CYPHER runtime=slotted EXPLAIN " + query, Dates).Records;
        Assert.DoesNotContain("runtime=interpreted", (string?)explain[0]["Details"]);
        var planned = _planned.Run("CYPHER runtime=slotted " + query, Dates);
        var interpreted = _interpreted.Run(query, Dates);
        Assert.Equal(interpreted.Columns, planned.Columns);
        var expected = interpreted.Records.Select(Row).ToList();
        var actual = planned.Records.Select(Row).ToList();
        if (!query.Contains("ORDER BY", StringComparison.Ordinal))
        {
            expected.Sort(StringComparer.Ordinal);
            actual.Sort(StringComparer.Ordinal);
        }
        Assert.Equal(expected, actual);
    }

    public static TheoryData<string> Failing => new()
    {
        "MATCH (a:Agreement) RETURN a.id LIMIT -1",
        "MATCH (a:Agreement) RETURN a.id SKIP 'x'",
        "MATCH (a:Agreement) WHERE a.n RETURN a.id",
        "MATCH (a:Agreement) RETURN a.n + a.date",
        "MATCH (a:Agreement) WHERE a.n = $missing RETURN a",
        "MATCH (a:Agreement) RETURN -a.kind",
        "MATCH (a:Agreement) RETURN a.n['x']",
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Planned_and_interpreted_fail_alike(string query)
    {
        var planned = Assert.ThrowsAny<GraphException>(() => _planned.Run(query, Dates));
        var interpreted = Assert.ThrowsAny<GraphException>(() => _interpreted.Run(query, Dates));
        Assert.Equal(interpreted.Code, planned.Code);
        Assert.Equal(interpreted.Message, planned.Message);
    }

    private static string Row(Record r) => string.Join(" | ", r.Values.Select(PlanningGraph.Text));
}
