using System.Diagnostics;
using System.Text;
using Graph.Core.Errors;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Syntax;

// Locks down robustness: thousands of random and mutated statements either parse or fail with a SyntaxError, quickly.
public sealed class ParserFuzzTests
{
    private static readonly string[] Seeds =
    [
        "MATCH (n:Person {name: 'Ann'})-[r:KNOWS*1..3]->(m) WHERE n.age > 30 AND m.x IN [1, 2] RETURN n.name AS name, count(*) ORDER BY name DESC SKIP 1 LIMIT 10",
        "OPTIONAL MATCH p = shortestPath((a)-[*]-(b)) WITH a, b, length(p) AS l WHERE l < 5 RETURN a{.name, .*, total: l}",
        "UNWIND range(1, 10) AS i CREATE (:N {i: i, s: 'x' + toString(i)})",
        "MERGE (s:State {id: $id}) ON CREATE SET s.name = $name, s += $props ON MATCH SET s:Seen REMOVE s.tmp DETACH DELETE s",
        "MATCH (a) CALL (a) { MATCH (a)-->(b) RETURN collect(b) AS bs } RETURN a, [x IN bs WHERE x:B | x.name] AS names",
        "CALL db.index.fulltext.queryNodes('idx', 'text') YIELD node, score WHERE score > 0.5 RETURN node",
        "RETURN CASE WHEN 1 < 2 < 3 THEN -0x1F ELSE 1.5e-3 END, reduce(a = 0, x IN [1,2] | a + x ^ 2), all(x IN [] WHERE x = 1)",
        "MATCH (n) WHERE EXISTS { (n)-[:R]->(:B) WHERE n.x STARTS WITH 'a' } AND COUNT { MATCH (n)--() RETURN 1 } > 2 RETURN n",
        "CREATE FULLTEXT INDEX idx IF NOT EXISTS FOR (n:A|B) ON EACH [n.x, n.y] OPTIONS {indexConfig: {}}",
        "CREATE CONSTRAINT c IF NOT EXISTS FOR (n:L) REQUIRE (n.a, n.b) IS NODE KEY",
        "SHOW RANGE INDEXES YIELD name, type WHERE type = 'RANGE' RETURN name",
        "FOREACH (x IN [1, 2] | SET x.y = 1) WITH 1 AS one RETURN one UNION ALL RETURN 2 AS one",
        "MATCH (n) WHERE n.s =~ '(?i)a.*' AND NOT n:A|B AND n IS C RETURN [(n)-->(m) WHERE m.v <> 1 | m.v][1..-1]",
        "CALL { MATCH (n) RETURN n } IN TRANSACTIONS OF 100 ROWS RETURN `weird ``name`",
        "RETURN \"a\\tb\\u00e9\", $0, {a: [1, {b: null}]}['a'][1].b, date.truncate('day', date()), count(DISTINCT 1)",
    ];

    private static readonly string[] Fragments =
    [
        "(", ")", "[", "]", "{", "}", ",", ".", "..", ":", "|", "&", "!", "%", "+", "-", "*", "/", "^", "=", "<>", "<", ">", "<=", ">=",
        "=~", "$", "'", "\"", "`", "->", "<-", "--", "MATCH", "RETURN", "WHERE", "WITH", "CALL", "UNION", "ALL", "NOT", "IS", "NULL",
        "CASE", "WHEN", "END", "IN", "EXISTS", "COUNT", "n", "x", "1", "0x", "1e", ".5", "/*", "//", "\\", "\n", " ", "\u00A0", "é", "😀", "\0",
    ];

    [Fact]
    public void MutatedAndRandomStatementsEitherParseOrFailCleanly()
    {
        var random = new Random(20260428);
        var total = Stopwatch.StartNew();
        var parsed = 0;
        for (var i = 0; i < 6000; i++)
        {
            var text = i % 3 == 2 ? RandomSoup(random) : Mutate(Seeds[random.Next(Seeds.Length)], random);
            if (Check(text))
            {
                parsed++;
            }
        }

        Assert.True(total.Elapsed < TimeSpan.FromSeconds(30), $"fuzzing took {total.Elapsed}");
        Assert.True(parsed > 0, "no mutated statement parsed at all");
    }

    [Fact]
    public void EverySeedParses()
    {
        foreach (var seed in Seeds)
        {
            CypherParser.Parse(seed);
        }
    }

    /// <summary>True when the text parsed; false when it failed with a syntax error; anything else fails the test.</summary>
    private static bool Check(string text)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            CypherParser.Parse(text);
            return true;
        }
        catch (GraphException error)
        {
            Assert.True(error.Code == ErrorCodes.SyntaxError, $"unexpected code {error.Code} for: {text}");
            Assert.NotNull(error.Line);
            Assert.Null(error.InnerException);
            return false;
        }
        finally
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"parsing took {watch.Elapsed} for: {text}");
        }
    }

    private static string Mutate(string seed, Random random)
    {
        var text = new StringBuilder(seed);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && text.Length > 0; e++)
        {
            var at = random.Next(text.Length);
            switch (random.Next(5))
            {
                case 0:
                    text.Remove(at, Math.Min(random.Next(1, 6), text.Length - at));
                    break;
                case 1:
                    text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    var length = Math.Min(random.Next(1, 20), text.Length - at);
                    text.Insert(random.Next(text.Length), text.ToString(at, length));
                    break;
                case 3:
                    text.Length = at;
                    break;
                default:
                    text[at] = (char)random.Next(32, 127);
                    break;
            }
        }

        return text.ToString();
    }

    private static string RandomSoup(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(1, 40);
        for (var i = 0; i < count; i++)
        {
            text.Append(Fragments[random.Next(Fragments.Length)]).Append(random.Next(3) == 0 ? "" : " ");
        }

        return text.ToString();
    }
}
