using System.Text.Json.Nodes;
using Graph.Core.Store;
using Graph.GraphQL.Tests.Support;

namespace Graph.GraphQL.Tests;

// Locks down `aggregate` on connections (root and relationship, node and edge properties) on the seed, each figure
// against the same question asked in plain Cypher.
[Collection(SeededGraphCollection.Name)]
public sealed class ConnectionAggregateTests(SeededGraph graph)
{
    private Task<JsonNode> DataAsync(string query) => graph.DataAsync(query);

    private async Task<Graph.Core.Store.Record> CypherAsync(string statement) =>
        (await graph.Database.RunAsync(statement, mode: AccessMode.Read)).Records.Single();

    [Fact]
    public async Task Root_connection_aggregates_every_matched_node_not_only_the_page()
    {
        var data = await DataAsync("""
            { agreementsConnection(where: { kind: { eq: "Memorandum" } }, first: 1) {
                totalCount edges { node { id } } aggregate { count { nodes } node { name { shortest longest } date { min max } } } } }
            """);
        var expected = await CypherAsync("""
            MATCH (a:Agreement {kind: 'Memorandum'}) WITH a ORDER BY size(a.name), a.name
            RETURN count(a) AS n, toString(min(a.date)) AS minDate, toString(max(a.date)) AS maxDate, collect(a.name) AS names
            """);

        var connection = data["agreementsConnection"]!;
        var aggregate = connection["aggregate"]!;
        var names = ((IEnumerable<object?>)expected["names"]!).Cast<string>().ToList();
        Assert.Single(connection["edges"]!.AsArray());
        Assert.True((long)expected["n"]! > 1, "the seed has several memoranda");
        Assert.Equal((long)expected["n"]!, (long)aggregate["count"]!["nodes"]!);
        Assert.Equal((int)connection["totalCount"]!, (int)aggregate["count"]!["nodes"]!);
        Assert.Equal(names.MinBy(n => n.Length), (string)aggregate["node"]!["name"]!["shortest"]!);
        Assert.Equal(names.MaxBy(n => n.Length), (string)aggregate["node"]!["name"]!["longest"]!);
        Assert.Equal((string?)expected["minDate"], (string?)aggregate["node"]!["date"]!["min"]);
        Assert.Equal((string?)expected["maxDate"], (string?)aggregate["node"]!["date"]!["max"]);
    }

    [Fact]
    public async Task Relationship_connection_aggregates_edge_properties_and_counts_nodes_and_edges()
    {
        var data = await DataAsync("""
            { states(where: { id: { eq: "kazakhstan" } }) { tradePartnersConnection(where: { node: { id: { isNull: false } } }) {
                aggregate { count { nodes edges } edge { volumeUsd { min max average sum } } } } } }
            """);
        var expected = await CypherAsync("""
            MATCH (:State {id: 'kazakhstan'})-[r:TRADES_WITH]->(p:State)
            RETURN count(DISTINCT p) AS nodes, count(r) AS edges, min(r.volumeUsd) AS min, max(r.volumeUsd) AS max, avg(r.volumeUsd) AS avg, sum(r.volumeUsd) AS sum
            """);

        var aggregate = data["states"]![0]!["tradePartnersConnection"]!["aggregate"]!;
        Assert.True((long)expected["edges"]! > 0, "the seed records Kazakhstan's trade");
        Assert.Equal((long)expected["nodes"]!, (long)aggregate["count"]!["nodes"]!);
        Assert.Equal((long)expected["edges"]!, (long)aggregate["count"]!["edges"]!);
        foreach (var (field, column) in new[] { ("min", "min"), ("max", "max"), ("average", "avg"), ("sum", "sum") })
        {
            Assert.Equal((double)expected[column]!, (double)aggregate["edge"]!["volumeUsd"]![field]!, 6);
        }
    }

    [Fact]
    public async Task An_aggregate_over_nothing_counts_zero_and_has_null_statistics()
    {
        var data = await DataAsync("""
            { agreementsConnection(where: { kind: { eq: "no such kind" } }) { aggregate { count { nodes } node { date { min } name { longest } } } } }
            """);

        var aggregate = data["agreementsConnection"]!["aggregate"]!;
        Assert.Equal(0, (int)aggregate["count"]!["nodes"]!);
        Assert.Null(aggregate["node"]!["date"]!["min"]);
        Assert.Null(aggregate["node"]!["name"]!["longest"]);
    }
}
