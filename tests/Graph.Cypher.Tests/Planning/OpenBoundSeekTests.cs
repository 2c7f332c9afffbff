using Graph.Core.Values;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Planning;

// A range seek with one bound missing (the other a parameter) answers as the scan does, for every comparison
// operator and for the key types a range index holds: temporal keys once crashed on the open lower bound.
public sealed class OpenBoundSeekTests : IDisposable
{
    private readonly Db _db = new();

    public OpenBoundSeekTests()
    {
        _db.Run("""
            UNWIND range(1, 9) AS i
            CREATE (:Event {
              date: date('2024-01-0' + i),
              at: datetime('2024-01-0' + i + 'T12:00Z'),
              n: i,
              s: 'k' + i
            })
            """);
    }

    public void Dispose() => _db.Dispose();

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var property in new[] { "date", "at", "n", "s" })
        {
            foreach (var op in new[] { "<", "<=", ">", ">=" })
            {
                data.Add(property, op, "property first");
                data.Add(property, op, "parameter first");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void One_bound_seek_matches_the_scan(string property, string op, string side)
    {
        var predicate = side == "property first" ? $"e.{property} {op} $d" : $"$d {op} e.{property}";
        var query = $"MATCH (e:Event) WHERE {predicate} RETURN e.n AS n ORDER BY n";
        var scanned = _db.Column(query, Parameters(property));

        _db.Run($"CREATE INDEX FOR (e:Event) ON (e.{property})");
        var seeked = _db.Column(query, Parameters(property));

        Assert.NotEmpty(scanned);
        Assert.Equal(scanned, seeked);
    }

    private static Dictionary<string, object?> Parameters(string property) => new()
    {
        ["d"] = property switch
        {
            "date" => new CypherDate(new DateOnly(2024, 1, 5)),
            "at" => new CypherDateTime(new DateOnly(2024, 1, 5), 12L * 3600 * 1_000_000_000, 0, null),
            "n" => 5L,
            _ => "k5",
        },
    };
}
