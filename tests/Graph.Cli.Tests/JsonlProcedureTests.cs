using System.Text.Json;

namespace Graph.Cli.Tests;

// Locks down the jsonl protocol's "procedures" (fixed-table procedures declared for one request, as conformance
// scenarios declare test procedures) and points on the wire.
public sealed class JsonlProcedureTests : IClassFixture<JsonlProcess>
{
    private const string CitySignature = "(name :: STRING?, id :: INTEGER?) :: (city :: STRING?, country_code :: INTEGER?)";

    private readonly JsonlProcess _graph;

    public JsonlProcedureTests(JsonlProcess graph) => _graph = graph;

    private static object Cities => new
    {
        name = "test.my.proc",
        signature = CitySignature,
        rows = new object[][] { ["Andres", 1, "Malmö", 46], ["Stefan", 1, "Berlin", 49], ["Stefan", 2, "München", 49] },
    };

    [Fact]
    public void A_declared_procedure_yields_the_outputs_of_the_rows_matching_its_arguments()
    {
        var response = _graph.Send(new { id = 1, query = "CALL test.my.proc('Stefan', 1) YIELD city, country_code RETURN city, country_code", procedures = new[] { Cities } });
        Assert.Equal("[[\"Berlin\",49]]", response.GetProperty("rows").GetRawText());
    }

    [Fact]
    public void A_standalone_call_without_parentheses_takes_its_arguments_from_parameters()
    {
        var response = _graph.Send(new { id = 2, query = "CALL test.my.proc", parameters = new { name = "Andres", id = 1 }, procedures = new[] { Cities } });
        Assert.Equal(["city", "country_code"], response.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("[[\"Malmö\",46]]", response.GetProperty("rows").GetRawText());
    }

    [Fact]
    public void A_procedure_lasts_for_its_request_only()
    {
        _graph.Send(new { id = 3, query = "CALL test.my.proc('Stefan', 1) YIELD city RETURN city", procedures = new[] { Cities } });
        var error = _graph.Send(new { id = 4, query = "CALL test.my.proc('Stefan', 1) YIELD city RETURN city" }).GetProperty("error");
        Assert.Equal("Neo.ClientError.Procedure.ProcedureNotFound", error.GetProperty("code").GetString());
    }

    [Fact]
    public void The_same_name_may_be_declared_with_another_signature_later()
    {
        _graph.Send(new { id = 5, query = "CALL test.other() YIELD out RETURN out", procedures = new[] { new { name = "test.other", signature = "() :: (out :: STRING?)", rows = new[] { new[] { "a" } } } } });
        var response = _graph.Send(new { id = 6, query = "CALL test.other() YIELD out RETURN out", procedures = new[] { new { name = "test.other", signature = "() :: (out :: INTEGER?)", rows = new[] { new[] { 7 } } } } });
        Assert.Equal("[[7]]", response.GetProperty("rows").GetRawText());
    }

    [Fact]
    public void A_void_procedure_returns_nothing()
    {
        var response = _graph.Send(new { id = 7, query = "CALL test.doNothing()", procedures = new[] { new { name = "test.doNothing", signature = "() :: VOID", rows = Array.Empty<object[]>() } } });
        Assert.Empty(response.GetProperty("columns").EnumerateArray());
        Assert.Empty(response.GetProperty("rows").EnumerateArray());
    }

    [Fact]
    public void A_malformed_declaration_is_an_invalid_request()
    {
        var error = _graph.Send(new { id = 8, query = "RETURN 1", procedures = new[] { new { name = "test.bad", signature = "x -> y", rows = Array.Empty<object[]>() } } }).GetProperty("error");
        Assert.Equal("Neo.ClientError.Request.Invalid", error.GetProperty("code").GetString());
    }

    [Fact]
    public void An_empty_map_parameter_is_read_as_a_map() =>
        Assert.Equal("[[0]]", _graph.Send(JsonDocument.Parse("""{"id": 10, "query": "RETURN size(keys($m)) AS n", "parameters": {"m": {}}}""").RootElement).GetProperty("rows").GetRawText());

    [Fact]
    public void Points_travel_as_tagged_objects_both_ways()
    {
        var response = _graph.Send(JsonDocument.Parse("""{"id": 9, "query": "RETURN $p AS p, $p.x AS x, point({latitude: 1.5, longitude: 2.5, height: 3}) AS g", "parameters": {"p": {"$point": {"srid": 7203, "x": 1, "y": 2.5}}}}""").RootElement);
        Assert.Equal("""[[{"$point":{"srid":7203,"x":1.0,"y":2.5}},1.0,{"$point":{"srid":4979,"x":2.5,"y":1.5,"z":3.0}}]]""", response.GetProperty("rows").GetRawText());
    }
}
