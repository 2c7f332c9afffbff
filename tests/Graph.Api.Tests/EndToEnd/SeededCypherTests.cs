using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.EndToEnd;

// Locks down /cypher and /healthz end to end on the seeded embedded store: reads, rejected writes, row cap, positions of syntax errors, CSV.
public sealed class SeededCypherTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    [Fact]
    public async Task Health_reports_store_and_seed()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = (await response.JsonAsync()).GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("store").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("seed").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Write_is_rejected_before_it_runs()
    {
        using var client = factory.CreateClient();
        const string count = """{"statement":"MATCH (n) RETURN count(n) AS n"}""";
        var before = (await (await client.SendAsync(HttpExtensions.PostJson("/cypher", count))).JsonAsync()).GetProperty("rows")[0][0].GetInt64();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"MATCH (s:State) CREATE (s)-[:X]->(:Intruder) RETURN s"}"""));
        var after = (await (await client.SendAsync(HttpExtensions.PostJson("/cypher", count))).JsonAsync()).GetProperty("rows")[0][0].GetInt64();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Neo.ClientError.Statement.AccessMode", (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Rows_are_capped_and_the_cut_is_reported()
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"UNWIND range(1, 20) AS i RETURN i"}"""));

        var body = await response.JsonAsync();
        Assert.Equal(SeededApiFactory.CypherRowCap, body.GetProperty("rows").GetArrayLength());
        Assert.True(body.GetProperty("truncated").GetBoolean());
        Assert.Equal(1, body.GetProperty("rows")[0][0].GetInt64());
    }

    [Fact]
    public async Task Syntax_error_has_neo4j_code_and_position()
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"MATCH (n RETURN n"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.GetProperty("code").GetString());
        // Neo4j reports the unexpected RETURN at line 1, column 10.
        Assert.Equal(1, error.GetProperty("position").GetProperty("line").GetInt32());
        Assert.Equal(10, error.GetProperty("position").GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task Nodes_and_dates_in_json_and_csv()
    {
        using var client = factory.CreateClient();
        const string statement = """{"statement":"MATCH (s:State {id: $id}) RETURN s, s.name AS name, date('2023-04-12') AS day","parameters":{"id":"kazakhstan"}}""";
        using var json = await client.SendAsync(HttpExtensions.PostJson("/cypher", statement));
        using var csv = await client.SendAsync(HttpExtensions.PostJson("/cypher", statement, "text/csv"));

        var row = (await json.JsonAsync()).GetProperty("rows")[0];
        Assert.Equal("State", row[0].GetProperty("labels")[0].GetString());
        Assert.Equal("Kazakhstan", row[0].GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal("2023-04-12", row[2].GetString());
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal("s,name,day", lines[0]);
        Assert.EndsWith(",Kazakhstan,2023-04-12", lines[1], StringComparison.Ordinal);
    }
}
