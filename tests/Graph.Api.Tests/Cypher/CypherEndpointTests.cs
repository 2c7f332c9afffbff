using System.Net;
using System.Text.Json;
using Graph.Api.Tests.Support;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Core.Values;
using Path = Graph.Core.Values.Path;

namespace Graph.Api.Tests.Cypher;

// Locks down POST /cypher: read-only runs, JSON and CSV answers, value shapes, row cap, timeout and structured Neo4j errors.
public sealed class CypherEndpointTests
{
    private static readonly Node Astana = new(1, "4:x:1", ["Place"], new Dictionary<string, object?> { ["id"] = "astana", ["name"] = "Astana" });
    private static readonly Node Kazakhstan = new(2, "4:x:2", ["State"], new Dictionary<string, object?> { ["id"] = "kz", ["name"] = "Kazakhstan" });
    private static readonly Relationship LocatedIn = new(7, "5:x:7", "LOCATED_IN", 1, 2, "4:x:1", "4:x:2", new Dictionary<string, object?> { ["source"] = "doc-1" });

    [Fact]
    public async Task Runs_read_only_with_parameters_and_answers_columns_rows_stats()
    {
        using var factory = new ApiFactory();
        factory.Store.Answer("MATCH (s:State {id: $id}) RETURN s.name AS name", FakeGraphDatabase.Result(["name"], ["Kazakhstan"]));
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher",
            """{"statement":"MATCH (s:State {id: $id}) RETURN s.name AS name","parameters":{"id":"kz","n":2,"f":2.0}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
        var body = await response.JsonAsync();
        Assert.Equal("name", body.GetProperty("columns")[0].GetString());
        Assert.Equal("Kazakhstan", body.GetProperty("rows")[0][0].GetString());
        Assert.Equal(1, body.GetProperty("rowCount").GetInt32());
        Assert.False(body.GetProperty("truncated").GetBoolean());
        Assert.False(body.GetProperty("stats").GetProperty("containsUpdates").GetBoolean());
        Assert.Equal(0, body.GetProperty("stats").GetProperty("nodesCreated").GetInt32());

        var call = Assert.Single(factory.Store.Calls);
        Assert.Equal(AccessMode.Read, call.Mode);
        Assert.Equal("kz", call.Parameters!["id"]);
        Assert.Equal(2L, call.Parameters["n"]);
        Assert.Equal(2.0, call.Parameters["f"]);
    }

    [Fact]
    public async Task Write_is_rejected_with_the_access_mode_error_and_nothing_is_written()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"CREATE (:State {id: 'x'})"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal(ErrorCodes.AccessMode, error.GetProperty("code").GetString());
        Assert.Equal(0, factory.Store.WritesExecuted);
    }

    [Fact]
    public async Task Syntax_error_reports_code_and_position()
    {
        using var factory = new ApiFactory();
        factory.Store.Answer("MATCH (n RETURN n", (_, _) => throw new GraphException(ErrorCodes.SyntaxError, "Invalid input 'RETURN': expected ')'", ErrorPhase.Compile, 1, 10));
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"MATCH (n RETURN n"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.GetProperty("code").GetString());
        Assert.Equal("compile", error.GetProperty("phase").GetString());
        Assert.Equal(1, error.GetProperty("position").GetProperty("line").GetInt32());
        Assert.Equal(10, error.GetProperty("position").GetProperty("column").GetInt32());
    }

    [Theory]
    [InlineData(ErrorCodes.ServiceUnavailable, HttpStatusCode.ServiceUnavailable)]
    [InlineData(ErrorCodes.DatabaseError, HttpStatusCode.InternalServerError)]
    [InlineData(ErrorCodes.TypeError, HttpStatusCode.BadRequest)]
    public async Task Store_error_status_follows_its_classification(string code, HttpStatusCode expected)
    {
        using var factory = new ApiFactory();
        factory.Store.Answer("RETURN x", (_, _) => throw new GraphException(code, "failed"));
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN x"}"""));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(code, (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Rows_beyond_the_cap_are_cut_and_the_answer_says_so()
    {
        using var factory = new ApiFactory(); // MaxRows = 3
        factory.Store.Answer("UNWIND range(1, 5) AS i RETURN i", FakeGraphDatabase.Result(["i"], [1L], [2L], [3L], [4L], [5L]));
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"UNWIND range(1, 5) AS i RETURN i"}"""));

        var body = await response.JsonAsync();
        Assert.Equal(3, body.GetProperty("rows").GetArrayLength());
        Assert.Equal(3, body.GetProperty("rowCount").GetInt32());
        Assert.True(body.GetProperty("truncated").GetBoolean());
        Assert.Equal("rows", body.GetProperty("truncatedBy").GetString());
        Assert.Equal("true", response.Headers.GetValues("Graph-Truncated").Single());
        // The store itself is asked for no more than the cap, so a lazy engine stops producing rows there.
        Assert.Equal([3], factory.Store.RecordLimits);
    }

    [Fact]
    public async Task Graph_values_and_temporals_have_readable_shapes()
    {
        using var factory = new ApiFactory();
        var path = new Path([Astana, Kazakhstan], [LocatedIn]);
        factory.Store.Answer("RETURN values", FakeGraphDatabase.Result(
            ["node", "rel", "path", "date", "datetime", "duration", "nan", "list", "map"],
            [Astana, LocatedIn, path, new CypherDate(new DateOnly(2023, 4, 12)),
             new CypherDateTime(new DateOnly(2023, 4, 12), 10L * 3600 * 1_000_000_000, 5 * 3600, null),
             new CypherDuration(14, 3, 3661, 0), double.NaN, new List<object?> { 1L, null, "a" },
             new Dictionary<string, object?> { ["k"] = 1.5 }]));
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN values"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = (await response.JsonAsync()).GetProperty("rows")[0];
        Assert.Equal("4:x:1", row[0].GetProperty("elementId").GetString());
        Assert.Equal("Place", row[0].GetProperty("labels")[0].GetString());
        Assert.Equal("Astana", row[0].GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal("LOCATED_IN", row[1].GetProperty("type").GetString());
        Assert.Equal("4:x:1", row[1].GetProperty("startNodeElementId").GetString());
        Assert.Equal("4:x:2", row[1].GetProperty("endNodeElementId").GetString());
        Assert.Equal(1, row[2].GetProperty("length").GetInt32());
        Assert.Equal(2, row[2].GetProperty("nodes").GetArrayLength());
        Assert.Equal("LOCATED_IN", row[2].GetProperty("relationships")[0].GetProperty("type").GetString());
        Assert.Equal("2023-04-12", row[3].GetString());
        Assert.Equal("2023-04-12T10:00+05:00", row[4].GetString());
        Assert.Equal("P1Y2M3DT1H1M1S", row[5].GetString());
        Assert.Equal("NaN", row[6].GetString());
        Assert.Equal(JsonValueKind.Null, row[7][1].ValueKind);
        Assert.Equal(1.5, row[8].GetProperty("k").GetDouble());
    }

    [Fact]
    public async Task Csv_when_accept_asks_for_it()
    {
        using var factory = new ApiFactory();
        factory.Store.Answer("RETURN csv", FakeGraphDatabase.Result(
            ["name", "n", "note", "node"],
            ["Astana", 1L, "says \"hi\", twice", Astana],
            [null, 2.5, "line\nbreak", null]));
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN csv"}""", "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.MediaType());
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal("name,n,note,node", lines[0]);
        Assert.StartsWith("Astana,1,\"says \"\"hi\"\", twice\",\"{\"\"elementId\"\":\"\"4:x:1\"\"", lines[1], StringComparison.Ordinal);
        Assert.Equal(",2.5,\"line\nbreak\",", lines[2]);
        Assert.Equal("", lines[3]);
    }

    [Fact]
    public async Task Slow_statement_times_out_with_neo4js_code()
    {
        using var factory = new ApiFactory(); // Timeout = 1 s
        factory.Store.Answer("CALL slow", async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return QueryResult.Empty;
        });
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"CALL slow"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.TransactionTimedOut, (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Statement_the_engine_terminates_at_the_deadline_reports_the_timeout()
    {
        using var factory = new ApiFactory(); // Timeout = 1 s
        // Like the embedded engine: the read runs on the caller's thread and, seeing the token cancelled, reports itself terminated.
        factory.Store.Answer("CALL slow.sync", (_, token) =>
        {
            token.WaitHandle.WaitOne();
            throw new GraphException(ErrorCodes.Terminated, "The transaction has been terminated.");
        });
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"CALL slow.sync"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal(ErrorCodes.TransactionTimedOut, error.GetProperty("code").GetString());
        Assert.Contains("Graph:Cypher:Timeout", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("{\"statement\": 1}")]
    [InlineData("{\"statement\": \"  \"}")]
    [InlineData("{\"statement\": \"RETURN 1\", \"parameters\": [1]}")]
    [InlineData("[]")]
    public async Task Malformed_request_is_400_request_invalid(string body)
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.InvalidRequest, (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Empty(factory.Store.Calls);
    }

    [Fact]
    public async Task Wrong_content_type_is_415_and_unacceptable_accept_is_406_and_huge_body_is_413()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var wrongType = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN 1"}""", contentType: "text/plain"));
        using var wrongAccept = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN 1"}""", "image/png"));
        using var huge = await client.SendAsync(HttpExtensions.PostJson("/cypher", JsonSerializer.Serialize(new { statement = "RETURN $x", parameters = new { x = new string('x', 5000) } })));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.NotAcceptable, wrongAccept.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Empty(factory.Store.Calls);
    }

    [Fact]
    public async Task Get_serves_the_query_page()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.Get("/cypher", "text/html"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        // The workbench (ui/workbench), its assets resolved under /workbench/.
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Graph · Cypher workbench</title>", html, StringComparison.Ordinal);
        Assert.Contains("<base href=\"/workbench/\" />", html, StringComparison.Ordinal);
    }
}
