using System.Text;
using Graph.Cypher.Tests.Execution;
using Snapshooter;
using Snapshooter.Xunit;

namespace Graph.Cypher.Tests.Planning;

// Locks down join ordering inside one pattern: when both ends are cheap to find but meet only through hubs
// with many relationships, the planner cuts the pattern at the shared node and joins the halves with a
// NodeHashJoin; the answers equal the interpreter's.
public sealed class NodeHashJoinTests : IDisposable
{
    private static readonly string[] Seed =
    [
        "UNWIND range(1, 3) AS i CREATE (:Hub {id: 'h' + i})",
        "UNWIND range(1, 150) AS i CREATE (:Ministry {id: 'm' + i, n: i})",
        "UNWIND range(1, 150) AS i CREATE (:Event {id: 'e' + i, n: i})",
        "MATCH (m:Ministry), (h:Hub) WHERE m.n % 3 <> toInteger(substring(h.id, 1)) - 1 CREATE (m)-[:MEMBER_OF]->(h)",
        "MATCH (e:Event), (h:Hub) WHERE e.n % 2 = toInteger(substring(h.id, 1)) % 2 CREATE (e)-[:HELD_AT]->(h)",
        "CREATE CONSTRAINT ministry_id FOR (m:Ministry) REQUIRE m.id IS UNIQUE",
        "CREATE CONSTRAINT event_id FOR (e:Event) REQUIRE e.id IS UNIQUE",
    ];

    private readonly Db _planned = Create(interpretedOnly: false);
    private readonly Db _interpreted = Create(interpretedOnly: true);

    private static Db Create(bool interpretedOnly)
    {
        var db = new Db(new EmbeddedGraphOptions { InterpretedOnly = interpretedOnly });
        foreach (var statement in Seed) db.Run(statement);
        return db;
    }

    public void Dispose()
    {
        _planned.Dispose();
        _interpreted.Dispose();
    }

    private string Tree(string query)
    {
        var depth = new Dictionary<long, int>();
        var text = new StringBuilder(query).Append('\n');
        foreach (var op in _planned.Run("EXPLAIN " + query).Records)
        {
            var d = op["Parent"] is long parent ? depth[parent] + 1 : 0;
            depth[(long)op["Id"]!] = d;
            text.Append(' ', d * 2).Append(op["Operator"]).Append(' ').Append(op["Details"]).Append(" (").Append(op["Estimated Rows"]).Append(")\n");
        }
        return text.ToString();
    }

    [Fact]
    public void Two_anchored_ends_meeting_at_a_hub_are_joined_on_it()
    {
        const string query = "MATCH (m:Ministry {id: 'm7'})-[:MEMBER_OF]->(h:Hub)<-[:HELD_AT]-(e:Event) WHERE e.id IN ['e9', 'e10', 'e11'] RETURN h.id, count(e) AS n";
        var tree = Tree(query);
        Assert.Contains("NodeHashJoin h", tree, StringComparison.Ordinal);
        Snapshot.Match(tree, SnapshotNameExtension.Create("hub"));
    }

    [Fact]
    public void A_chain_from_one_anchor_stays_an_expand_chain()
    {
        const string query = "MATCH (m:Ministry {id: 'm7'})-[:MEMBER_OF]->(h:Hub) RETURN h.id";
        Assert.DoesNotContain("NodeHashJoin", Tree(query), StringComparison.Ordinal);
    }

    public static TheoryData<string> Queries => new()
    {
        "MATCH (m:Ministry {id: 'm7'})-[:MEMBER_OF]->(h:Hub)<-[:HELD_AT]-(e:Event) WHERE e.id IN ['e9', 'e10', 'e11'] RETURN h.id, count(e) AS n",
        "MATCH (m:Ministry {id: 'm7'})-[:MEMBER_OF]->(h:Hub)<-[:HELD_AT]-(e:Event) WHERE e.n < 40 RETURN h.id, count(e) AS n",
        "MATCH (m:Ministry {id: 'm7'})-[:MEMBER_OF]->(h:Hub)<-[:HELD_AT]-(e:Event {id: 'e9'}) RETURN m.id, h.id, e.id",
        "MATCH (m:Ministry)-[:MEMBER_OF]->(h:Hub)<-[:HELD_AT]-(e:Event) WHERE m.n < 5 AND e.n > 145 RETURN m.id, h.id, e.id",
        "MATCH (m:Ministry)-[r1]->(h:Hub)<-[r2]-(x) WHERE m.id IN ['m1', 'm2'] AND x.n = 3 RETURN m.id, type(r1), h.id, type(r2), x.id",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Joined_and_interpreted_answers_agree(string query)
    {
        static List<string> Rows(Db db, string q) =>
            db.Run(q).Records.Select(r => string.Join(" | ", r.Values.Select(PlanningGraph.Text))).Order(StringComparer.Ordinal).ToList();
        var expected = Rows(_interpreted, query);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Rows(_planned, query));
    }
}
