using System.Text.Json;
using Graph.Core.Store;
using Graph.Core.Values;

namespace Graph.Neo4j.Tests;

// Locks down what the client sends to the Query API: paths, media types, auth, typed parameters, bookmarks.
public sealed class QueryApiRequestTests : IDisposable
{
    private const string EmptyResult = """{"data":{"fields":[],"values":[]},"counters":{},"bookmarks":["FB:one"]}""";
    private readonly FakeQueryApi _api = new();

    [Fact]
    public async Task A_statement_posts_typed_json_with_basic_auth_to_the_database_path()
    {
        _api.Respond(202, EmptyResult);
        await using var db = new Neo4jGraphDatabase(new Neo4jOptions { Uri = _api.Uri, User = "neo4j", Password = "secret", Database = "graph" });

        await db.RunAsync("RETURN $x", new Dictionary<string, object?> { ["x"] = 1L }, AccessMode.Read);

        var request = Assert.Single(_api.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/graph/query/v2", request.Path);
        Assert.StartsWith("application/vnd.neo4j.query", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Contains("application/vnd.neo4j.query", request.Headers["Accept"], StringComparison.Ordinal);
        Assert.Equal("Basic " + Convert.ToBase64String("neo4j:secret"u8.ToArray()), request.Headers["Authorization"]);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("RETURN $x", body.RootElement.GetProperty("statement").GetString());
        Assert.Equal("Read", body.RootElement.GetProperty("accessMode").GetString());
        Assert.True(body.RootElement.GetProperty("includeCounters").GetBoolean());
        var x = body.RootElement.GetProperty("parameters").GetProperty("x");
        Assert.Equal("Integer", x.GetProperty("$type").GetString());
        Assert.Equal("1", x.GetProperty("_value").GetString());
    }

    [Fact]
    public async Task A_bearer_token_replaces_basic_auth()
    {
        _api.Respond(202, EmptyResult);
        await using var db = new Neo4jGraphDatabase(new Neo4jOptions { Uri = _api.Uri, BearerToken = "tok" });
        await db.RunAsync("RETURN 1", mode: AccessMode.Read);
        Assert.Equal("Bearer tok", _api.Requests[0].Headers["Authorization"]);
    }

    [Fact]
    public async Task Parameters_of_every_type_are_encoded_with_their_cypher_type()
    {
        _api.Respond(202, EmptyResult);
        await using var db = new Neo4jGraphDatabase(new Neo4jOptions { Uri = _api.Uri });
        var parameters = new Dictionary<string, object?>
        {
            ["null"] = null,
            ["bool"] = true,
            ["int"] = 9_007_199_254_740_993L,
            ["float"] = 1.5,
            ["nan"] = double.NaN,
            ["string"] = "Astana",
            ["bytes"] = new byte[] { 1, 2, 3 },
            ["date"] = new CypherDate(new DateOnly(2023, 4, 12)),
            ["localtime"] = new CypherLocalTime(((12L * 60 + 30) * 60) * 1_000_000_000L),
            ["datetime"] = new CypherDateTime(new DateOnly(2023, 4, 12), 10L * 3600 * 1_000_000_000L, 6 * 3600, null),
            ["zoned"] = new CypherDateTime(new DateOnly(2023, 4, 12), 0, 6 * 3600, "Asia/Almaty"),
            ["duration"] = new CypherDuration(14, 3, 3661, 500_000_000),
            ["list"] = new List<object?> { 1L, "two" },
            ["map"] = new Dictionary<string, object?> { ["k"] = 2.0 },
        };

        await db.RunAsync("RETURN 1", parameters, AccessMode.Read);

        using var body = JsonDocument.Parse(_api.Requests[0].Body);
        var p = body.RootElement.GetProperty("parameters");
        string Type(string name) => p.GetProperty(name).GetProperty("$type").GetString()!;
        string Value(string name) => p.GetProperty(name).GetProperty("_value").ToString();
        Assert.Equal("Null", Type("null"));
        Assert.Equal("Boolean", Type("bool"));
        Assert.Equal(("Integer", "9007199254740993"), (Type("int"), Value("int")));
        Assert.Equal(("Float", "1.5"), (Type("float"), Value("float")));
        Assert.Equal("NaN", Value("nan"));
        Assert.Equal(("Base64", "AQID"), (Type("bytes"), Value("bytes")));
        Assert.Equal(("Date", "2023-04-12"), (Type("date"), Value("date")));
        Assert.Equal(("LocalTime", "12:30"), (Type("localtime"), Value("localtime")));
        Assert.Equal(("OffsetDateTime", "2023-04-12T10:00+06:00"), (Type("datetime"), Value("datetime")));
        Assert.Equal(("ZonedDateTime", "2023-04-12T00:00+06:00[Asia/Almaty]"), (Type("zoned"), Value("zoned")));
        Assert.Equal(("Duration", "P1Y2M3DT1H1M1.5S"), (Type("duration"), Value("duration")));
        Assert.Equal("List", Type("list"));
        Assert.Equal("Integer", p.GetProperty("list").GetProperty("_value")[0].GetProperty("$type").GetString());
        Assert.Equal("Float", p.GetProperty("map").GetProperty("_value").GetProperty("k").GetProperty("$type").GetString());
    }

    [Fact]
    public async Task Bookmarks_of_a_write_travel_with_the_next_request()
    {
        // A write is an explicit transaction: open, run, commit (whose answer carries the bookmark).
        _api.Respond(202, """{"transaction":{"id":"t1"},"data":{"fields":[],"values":[]}}""");
        _api.Respond(202, """{"data":{"fields":[],"values":[]},"counters":{"nodesCreated":1}}""");
        _api.Respond(200, EmptyResult);
        _api.Respond(202, EmptyResult);
        await using var db = new Neo4jGraphDatabase(new Neo4jOptions { Uri = _api.Uri });
        var created = await db.RunAsync("CREATE (n)");
        await db.RunAsync("MATCH (n) RETURN n", mode: AccessMode.Read);
        Assert.Equal(1, created.Counters.NodesCreated);
        Assert.False(JsonDocument.Parse(_api.Requests[0].Body).RootElement.TryGetProperty("bookmarks", out _));
        Assert.Equal("/db/neo4j/query/v2/tx/t1/commit", _api.Requests[2].Path);
        var bookmarks = JsonDocument.Parse(_api.Requests[3].Body).RootElement.GetProperty("bookmarks");
        Assert.Equal("FB:one", bookmarks[0].GetString());
    }

    public void Dispose() => _api.Dispose();
}
