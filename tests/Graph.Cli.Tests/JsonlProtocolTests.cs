using System.Text.Json;

namespace Graph.Cli.Tests;

// Locks down the --jsonl machine protocol of DESIGN.md, end to end through the built `graph` command.
public sealed class JsonlProtocolTests : IClassFixture<JsonlProcess>
{
    private readonly JsonlProcess _graph;

    public JsonlProtocolTests(JsonlProcess graph) => _graph = graph;

    [Fact]
    public void Scalars_keep_integer_and_float_apart_on_the_wire()
    {
        var line = _graph.SendRaw("""{"id": 1, "query": "RETURN 1 AS i, 1.0 AS f, 'a' AS s, null AS n, true AS b, 2.5e10 AS big"}""");
        Assert.Contains("\"rows\":[[1,1.0,\"a\",null,true,", line, StringComparison.Ordinal);
        var response = JsonDocument.Parse(line).RootElement;
        Assert.Equal(1, response.GetProperty("id").GetInt32());
        Assert.Equal(["i", "f", "s", "n", "b", "big"], response.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(2.5e10, response.GetProperty("rows")[0][5].GetDouble());
    }

    [Fact]
    public void Text_is_written_readably_without_needless_escapes()
    {
        var line = _graph.SendRaw("""{"id": "t", "query": "RETURN 'it’s <a+b>' AS s"}""");
        Assert.Contains("\"columns\":[\"s\"]", line, StringComparison.Ordinal);
        Assert.Contains("it’s <a+b>", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_finite_floats_are_tagged()
    {
        var response = _graph.Send(new { id = "nan", query = "RETURN 0.0 / 0.0 AS nan, 1.0 / 0.0 AS inf, -1.0 / 0.0 AS ninf" });
        var row = response.GetProperty("rows")[0];
        Assert.Equal("NaN", row[0].GetProperty("$float").GetString());
        Assert.Equal("Infinity", row[1].GetProperty("$float").GetString());
        Assert.Equal("-Infinity", row[2].GetProperty("$float").GetString());
    }

    [Fact]
    public void Setup_runs_first_and_nodes_relationships_and_paths_are_tagged()
    {
        var response = _graph.Send(new
        {
            id = 2,
            reset = true,
            setup = new[] { "CREATE (:State {id: 'kz', name: 'Kazakhstan'})-[:TRADES_WITH {year: 2022}]->(:State {id: 'az'})" },
            query = "MATCH p = (a:State {id: 'kz'})-[r]->(b) RETURN a, r, p",
        });
        var row = response.GetProperty("rows")[0];
        var node = row[0].GetProperty("$node");
        Assert.Equal(["State"], node.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("Kazakhstan", node.GetProperty("properties").GetProperty("name").GetString());
        var rel = row[1].GetProperty("$rel");
        Assert.Equal("TRADES_WITH", rel.GetProperty("type").GetString());
        Assert.Equal(node.GetProperty("id").GetInt64(), rel.GetProperty("start").GetInt64());
        Assert.Equal(2022, rel.GetProperty("properties").GetProperty("year").GetInt32());
        var path = row[2].GetProperty("$path");
        Assert.Equal(3, path.GetArrayLength());
        Assert.True(path[1].TryGetProperty("$rel", out _));
    }

    [Fact]
    public void Reset_true_starts_from_an_empty_database_and_omitted_keeps_state()
    {
        _graph.Send(new { id = 3, reset = true, setup = new[] { "CREATE (:Kept)" }, query = "RETURN 1" });
        var kept = _graph.Send(new { id = 4, query = "MATCH (n:Kept) RETURN count(n) AS c" });
        Assert.Equal(1, kept.GetProperty("rows")[0][0].GetInt32());
        var fresh = _graph.Send(new { id = 5, reset = true, query = "MATCH (n) RETURN count(n) AS c" });
        Assert.Equal(0, fresh.GetProperty("rows")[0][0].GetInt32());
        // In memory a reset is a new store: it deleted nothing anyone kept, so it reports nothing.
        Assert.False(fresh.TryGetProperty("reset", out _));
    }

    [Fact]
    public void Stats_count_what_a_statement_changed()
    {
        var response = _graph.Send(new { id = 6, query = "CREATE (a:A {x: 1})-[:R]->(b:B) SET a.y = 2" });
        var stats = response.GetProperty("stats");
        Assert.Equal(2, stats.GetProperty("nodesCreated").GetInt32());
        Assert.Equal(1, stats.GetProperty("relationshipsCreated").GetInt32());
        Assert.Equal(2, stats.GetProperty("propertiesSet").GetInt32());
        Assert.Equal(2, stats.GetProperty("labelsAdded").GetInt32());
        Assert.Equal(0, response.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public void Syntax_errors_are_compile_errors_with_a_position()
    {
        var response = _graph.Send(new { id = 7, query = "MATCH (n RETURN n" });
        var error = response.GetProperty("error");
        Assert.Equal(7, response.GetProperty("id").GetInt32());
        Assert.Equal("compile", error.GetProperty("phase").GetString());
        Assert.Equal("SyntaxError", error.GetProperty("type").GetString());
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.Equal(10, error.GetProperty("column").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("detail").GetString()));
    }

    [Fact]
    public void Runtime_errors_say_so_and_change_nothing()
    {
        var response = _graph.Send(new { id = 8, reset = true, setup = new[] { "CREATE (:A)" }, query = "CREATE (:A) WITH 1 AS one RETURN one / 0" });
        Assert.Equal("runtime", response.GetProperty("error").GetProperty("phase").GetString());
        Assert.Equal("ArithmeticError", response.GetProperty("error").GetProperty("type").GetString());
        var count = _graph.Send(new { id = 9, query = "MATCH (n:A) RETURN count(n)" });
        Assert.Equal(1, count.GetProperty("rows")[0][0].GetInt32());
    }

    [Fact]
    public void Malformed_lines_get_an_error_and_the_process_keeps_serving()
    {
        var bad = JsonDocument.Parse(_graph.SendRaw("{not json")).RootElement;
        Assert.Equal(JsonValueKind.Null, bad.GetProperty("id").ValueKind);
        Assert.True(bad.TryGetProperty("error", out _));
        var noQuery = _graph.Send(new { id = 10 });
        Assert.True(noQuery.TryGetProperty("error", out _));
        var badReset = _graph.Send(new { id = 15, reset = "yes", query = "RETURN 1" });
        Assert.Contains("'reset' must be true or false", badReset.GetProperty("error").GetProperty("detail").GetString(), StringComparison.Ordinal);
        var ok = _graph.Send(new { id = 11, query = "RETURN 42 AS answer" });
        Assert.Equal(42, ok.GetProperty("rows")[0][0].GetInt32());
        Assert.False(_graph.HasExited);
    }

    [Fact]
    public void Parameters_arrive_typed_including_tagged_temporals()
    {
        var line = _graph.SendRaw("""{"id": 12, "query": "RETURN $i + 1 AS i, $f AS f, $d.year AS y, $d AS d, $m.k AS k", "parameters": {"i": 41, "f": 2.0, "d": {"$date": "2023-04-12"}, "m": {"k": [1, 2]}}}""");
        var row = JsonDocument.Parse(line).RootElement.GetProperty("rows")[0];
        Assert.Equal(42, row[0].GetInt32());
        Assert.Contains("2.0", line, StringComparison.Ordinal);
        Assert.Equal(2023, row[2].GetInt32());
        Assert.Equal("2023-04-12", row[3].GetProperty("$date").GetString());
        Assert.Equal(2, row[4].GetArrayLength());
    }

    [Fact]
    public void Temporals_are_written_in_the_text_neo4j_prints()
    {
        var line = _graph.SendRaw("""{"id": 15, "query": "RETURN datetime('2000-01-02T00:00Z') AS dt, localdatetime('2000-01-02T10:15:30') AS ldt, time('12:30:00.500+01:00') AS t, localtime('08:00') AS lt"}""");
        var row = JsonDocument.Parse(line).RootElement.GetProperty("rows")[0];
        Assert.Equal("2000-01-02T00:00Z", row[0].GetProperty("$datetime").GetString());
        Assert.Equal("2000-01-02T10:15:30", row[1].GetProperty("$localdatetime").GetString());
        Assert.Equal("12:30:00.5+01:00", row[2].GetProperty("$time").GetString());
        Assert.Equal("08:00", row[3].GetProperty("$localtime").GetString());
    }

    [Fact]
    public void Every_tagged_temporal_parameter_arrives_as_its_type_and_bad_text_is_an_error()
    {
        var line = _graph.SendRaw("""{"id": 13, "query": "RETURN $t.hour AS h, $lt.minute AS m, $dt.timezone AS z, $ldt.year AS y, $d.days AS days", "parameters": {"t": {"$time": "12:30:00+01:00"}, "lt": {"$localtime": "08:15:00"}, "dt": {"$datetime": "2023-04-12T10:00:00+06:00[Asia/Almaty]"}, "ldt": {"$localdatetime": "2023-04-12T10:00:00"}, "d": {"$duration": "P3DT4H"}}}""");
        var row = JsonDocument.Parse(line).RootElement.GetProperty("rows")[0];
        Assert.Equal((12, 15, "Asia/Almaty", 2023, 3), (row[0].GetInt32(), row[1].GetInt32(), row[2].GetString(), row[3].GetInt32(), row[4].GetInt32()));
        var bad = JsonDocument.Parse(_graph.SendRaw("""{"id": 14, "query": "RETURN $d", "parameters": {"d": {"$date": "2023-13-45"}}}""")).RootElement;
        Assert.True(bad.TryGetProperty("error", out _));
    }

    [Fact]
    public void One_process_serves_thousands_of_requests()
    {
        for (var i = 0; i < 2000; i++)
        {
            var response = _graph.Send(new { id = i, query = "UNWIND range(1, $n) AS x RETURN sum(x) AS s", parameters = new { n = i } });
            Assert.Equal(i, response.GetProperty("id").GetInt32());
            Assert.Equal((long)i * (i + 1) / 2, response.GetProperty("rows")[0][0].GetInt64());
        }
    }
}
