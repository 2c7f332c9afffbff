using Graph.Core.Store;
using Graph.Core.Values;

namespace Graph.Neo4j.Tests;

// Locks down decoding of every typed-JSON value the Query API returns, and both row shapes.
public sealed class TypedJsonDecodingTests : IDisposable
{
    private readonly FakeQueryApi _api = new();

    private async Task<IReadOnlyList<object?>> ReturnRowAsync(string valuesJson, string fields)
    {
        _api.Respond(202, $$"""{"data":{"fields":{{fields}},"values":[{{valuesJson}}]},"counters":{"nodesCreated":2,"propertiesSet":3},"bookmarks":[]}""");
        await using var db = new Neo4jGraphDatabase(new Neo4jOptions { Uri = _api.Uri });
        var result = await db.RunAsync("RETURN …", mode: AccessMode.Read);
        return Assert.Single(result.Records).Values;
    }

    [Fact]
    public async Task Scalars_and_collections_decode_to_store_values()
    {
        var row = await ReturnRowAsync(
            """[{"$type":"Null","_value":null},{"$type":"Boolean","_value":true},{"$type":"Integer","_value":"9007199254740993"},{"$type":"Float","_value":"2.5"},{"$type":"Float","_value":"NaN"},{"$type":"String","_value":"Astana"},{"$type":"Base64","_value":"AQID"},{"$type":"List","_value":[{"$type":"Integer","_value":"1"}]},{"$type":"Map","_value":{"k":{"$type":"String","_value":"v"}}}]""",
            """["a","b","c","d","e","f","g","h","i"]""");
        Assert.Null(row[0]);
        Assert.Equal(true, row[1]);
        Assert.Equal(9_007_199_254_740_993L, row[2]);
        Assert.Equal(2.5, row[3]);
        Assert.True(double.IsNaN((double)row[4]!));
        Assert.Equal("Astana", row[5]);
        Assert.Equal(new byte[] { 1, 2, 3 }, row[6]);
        Assert.Equal(1L, Assert.Single((IEnumerable<object?>)row[7]!));
        Assert.Equal("v", ((IReadOnlyDictionary<string, object?>)row[8]!)["k"]);
    }

    [Fact]
    public async Task Temporals_and_points_decode_with_their_kind()
    {
        var row = await ReturnRowAsync(
            """[{"$type":"Date","_value":"2023-04-12"},{"$type":"Time","_value":"12:50:35.556+01:00"},{"$type":"LocalTime","_value":"12:50:35.000000001"},{"$type":"OffsetDateTime","_value":"2015-06-24T12:50:35.556-02:30"},{"$type":"ZonedDateTime","_value":"2015-11-21T21:40:32.142+01:00[Europe/Stockholm]"},{"$type":"LocalDateTime","_value":"2015-07-04T19:32:24"},{"$type":"Duration","_value":"P14DT16H12M"},{"$type":"Point","_value":"SRID=4326;POINT (1.2 3.4)"}]""",
            """["a","b","c","d","e","f","g","h"]""");
        Assert.Equal(new CypherDate(new DateOnly(2023, 4, 12)), row[0]);
        Assert.Equal(new CypherTime(((12L * 60 + 50) * 60 + 35) * 1_000_000_000L + 556_000_000, 3600), row[1]);
        Assert.Equal(new CypherLocalTime(((12L * 60 + 50) * 60 + 35) * 1_000_000_000L + 1), row[2]);
        var offset = Assert.IsType<CypherDateTime>(row[3]);
        Assert.Equal((-(2 * 3600 + 30 * 60), (string?)null), (offset.OffsetSeconds, offset.Zone));
        var zoned = Assert.IsType<CypherDateTime>(row[4]);
        Assert.Equal(("Europe/Stockholm", 3600), (zoned.Zone, zoned.OffsetSeconds));
        Assert.Equal("2015-11-21T21:40:32.142+01:00[Europe/Stockholm]", zoned.ToString());
        Assert.Equal(new CypherLocalDateTime(new DateOnly(2015, 7, 4), ((19L * 60 + 32) * 60 + 24) * 1_000_000_000L), row[5]);
        Assert.Equal(new CypherDuration(0, 14, 16 * 3600 + 12 * 60, 0), row[6]);
        Assert.Equal(new CypherPoint(4326, 1.2, 3.4, null), row[7]);
    }

    [Fact]
    public async Task Nodes_relationships_and_paths_keep_element_ids()
    {
        const string node1 = """{"$type":"Node","_value":{"_element_id":"4:abc:1","_labels":["State"],"_properties":{"name":{"$type":"String","_value":"Kazakhstan"}}}}""";
        const string node2 = """{"$type":"Node","_value":{"_element_id":"4:abc:2","_labels":["State"],"_properties":{}}}""";
        const string rel = """{"$type":"Relationship","_value":{"_element_id":"5:abc:7","_start_node_element_id":"4:abc:1","_end_node_element_id":"4:abc:2","_type":"TRADES_WITH","_properties":{"year":{"$type":"Integer","_value":"2022"}}}}""";
        var row = await ReturnRowAsync($$"""[{{node1}},{{rel}},{"$type":"Path","_value":[{{node1}},{{rel}},{{node2}}]}]""", """["n","r","p"]""");
        var node = Assert.IsType<Node>(row[0]);
        Assert.Equal(("4:abc:1", 1L, "State", "Kazakhstan"), (node.ElementId, node.Id, node.Labels[0], node.Properties["name"]));
        var relationship = Assert.IsType<Relationship>(row[1]);
        Assert.Equal(("TRADES_WITH", "4:abc:1", "4:abc:2", 2022L), (relationship.Type, relationship.StartElementId, relationship.EndElementId, relationship.Properties["year"]));
        var path = Assert.IsType<Core.Values.Path>(row[2]);
        Assert.Equal((2, 1), (path.Nodes.Count, path.Length));
    }

    [Fact]
    public async Task Rows_sent_as_objects_by_early_servers_are_tolerated_and_counters_read()
    {
        _api.Respond(202, """{"data":{"fields":["a","b"],"values":[{"a":{"$type":"Integer","_value":"1"},"b":{"$type":"String","_value":"x"}}]},"counters":{"nodesCreated":2,"propertiesSet":3}}""");
        await using var db = new Neo4jGraphDatabase(new Neo4jOptions { Uri = _api.Uri });
        var result = await db.RunAsync("RETURN 1 AS a, 'x' AS b", mode: AccessMode.Read);
        Assert.Equal(new object?[] { 1L, "x" }, Assert.Single(result.Records).Values);
        Assert.Equal((2, 3), (result.Counters.NodesCreated, result.Counters.PropertiesSet));
    }

    [Fact]
    public async Task Plain_json_numbers_from_a_server_ignoring_accept_keep_integers_integral()
    {
        var row = await ReturnRowAsync("[41, 2.5]", """["i","f"]""");
        Assert.Equal(41L, Assert.IsType<long>(row[0]));
        Assert.Equal(2.5, Assert.IsType<double>(row[1]));
    }

    public void Dispose() => _api.Dispose();
}
