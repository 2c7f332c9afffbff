using System.Text.Json.Nodes;
using Graph.Core.Migrations;
using Graph.Core.Store;
using Graph.Cypher;
using Graph.GraphQL.Tests.Support;
using Graph.TestSupport;

namespace Graph.GraphQL.Tests;

// Locks down the v7 shapes beyond plain lists, each run on the seed against the same question in plain Cypher:
// filters on the number of related nodes, queries over the Entity interface (entities, entitiesConnection, typename),
// and sorting a connection by a relationship property; bad input in these shapes is a coded error, not a failure.
[Collection(SeededGraphCollection.Name)]
public sealed class QueryShapeTests(SeededGraph graph)
{
    private static async Task<JsonNode> DataAsync(IGraphDatabase database, string query)
    {
        var result = await new KnowledgeGraphQL(database).ExecuteAsync(new GraphQLRequest(query));
        var json = Examples.Parse(result.Json);
        Assert.True(json["errors"] is null, result.Json);
        return json["data"]!;
    }

    private static async Task<List<string>> IdsAsync(IGraphDatabase database, string statement) =>
        (await database.RunAsync(statement, mode: AccessMode.Read)).Records.Select(r => (string)r["id"]!).ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Count_of_related_nodes_filters_like_a_COUNT_subquery(int parties)
    {
        var data = await DataAsync(graph.Database, $$"""{ agreements(where: { partiesAggregate: { count: { gte: {{parties}} } } }, sort: [{ id: ASC }]) { id } }""");
        var expected = await IdsAsync(graph.Database,
            $"MATCH (a:Agreement) WHERE COUNT {{ (a)<-[:PARTY_TO]-(:State|Ministry|Organization) }} >= {parties} RETURN a.id AS id ORDER BY id");

        Assert.Equal(expected, data["agreements"]!.AsArray().Select(a => (string)a!["id"]!).ToList());
        if (parties == 1) Assert.NotEmpty(expected);
    }

    [Fact]
    public async Task Entities_span_every_type_and_typename_picks_concrete_ones()
    {
        var data = await DataAsync(graph.Database, """
            { all: entities(sort: [{ id: ASC }], limit: 10000) { __typename id }
              some: entities(where: { typename: [State, Topic] }, sort: [{ id: ASC }]) { __typename id ... on State { leaders { id } } } }
            """);
        var all = await IdsAsync(graph.Database, "MATCH (n) WHERE n.id IS NOT NULL AND NOT n:Change RETURN n.id AS id ORDER BY id");
        var some = await IdsAsync(graph.Database, "MATCH (n) WHERE n:State OR n:Topic RETURN n.id AS id ORDER BY id");

        Assert.Equal(all, data["all"]!.AsArray().Select(e => (string)e!["id"]!).ToList());
        Assert.Equal(some, data["some"]!.AsArray().Select(e => (string)e!["id"]!).ToList());
        Assert.All(data["some"]!.AsArray(), e => Assert.Contains((string)e!["__typename"]!, new[] { "State", "Topic" }));
        Assert.Contains(data["some"]!.AsArray(), e => (string)e!["__typename"]! == "State" && e["leaders"]!.AsArray().Count > 0);
        Assert.Contains(data["all"]!.AsArray(), e => (string)e!["__typename"]! == "Document");
    }

    [Fact]
    public async Task Entities_connection_pages_over_every_type_and_counts_all_matches()
    {
        var data = await DataAsync(graph.Database, """
            { entitiesConnection(where: { typename: [Agreement, Event] }, sort: [{ id: ASC }], first: 2) {
                totalCount pageInfo { hasNextPage } edges { node { __typename id } } aggregate { count { nodes } } } }
            """);
        var expected = await IdsAsync(graph.Database, "MATCH (n) WHERE n:Agreement OR n:Event RETURN n.id AS id ORDER BY id");

        var connection = data["entitiesConnection"]!;
        Assert.True(expected.Count > 2, "the seed has more than a page of agreements and events");
        Assert.Equal(expected.Count, (int)connection["totalCount"]!);
        Assert.Equal(expected.Count, (int)connection["aggregate"]!["count"]!["nodes"]!);
        Assert.True((bool)connection["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(expected.Take(2), connection["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
    }

    [Fact]
    public async Task A_connection_sorts_by_a_relationship_property_then_by_the_node()
    {
        // The seed records one trade figure; a graph of its own gets three partners, two with the same volume.
        using var database = new EmbeddedGraphDatabase();
        await new MigrationRunner(database).ApplyAsync(CypherDirectory.At(RepositoryPaths.Cypher));
        await database.RunAsync("""
            MATCH (k:State {id: 'kazakhstan'})
            CREATE (k)-[:TRADES_WITH {volumeUsd: 9.0, source: 't', evidence: 'e'}]->(:State {id: 'zeta', name: 'Zeta'}),
                   (k)-[:TRADES_WITH {volumeUsd: 9.0, source: 't', evidence: 'e'}]->(:State {id: 'alpha', name: 'Alpha'}),
                   (k)-[:TRADES_WITH {volumeUsd: 1.0, source: 't', evidence: 'e'}]->(:State {id: 'mid', name: 'Mid'})
            """, mode: AccessMode.Write);

        var data = await DataAsync(database, """
            { states(where: { id: { eq: "kazakhstan" } }) { tradePartnersConnection(sort: [{ edge: { volumeUsd: DESC } }, { node: { name: ASC } }]) {
                edges { properties { volumeUsd } node { id } } } } }
            """);
        var expected = await IdsAsync(database,
            "MATCH (:State {id: 'kazakhstan'})-[r:TRADES_WITH]->(p:State) RETURN p.id AS id ORDER BY r.volumeUsd DESC, p.name ASC");

        var edges = data["states"]![0]!["tradePartnersConnection"]!["edges"]!.AsArray();
        Assert.Equal(4, expected.Count);
        Assert.Equal(expected, edges.Select(e => (string)e!["node"]!["id"]!).ToList());
        Assert.Equal(["alpha", "zeta"], expected.Where(id => id is "zeta" or "alpha"));
        Assert.Equal("alpha", (string)edges.First(e => (double)e!["properties"]!["volumeUsd"]! == 9.0)!["node"]!["id"]!);
    }

    [Theory]
    [InlineData("""{ entities(where: { typename: [Secret] }) { id } }""")]
    [InlineData("""{ agreements(where: { partiesAggregate: { count: { gte: "three" } } }) { id } }""")]
    [InlineData("""{ agreements(where: { partiesAggregate: { average: 3 } }) { id } }""")]
    [InlineData("""{ states { tradePartnersConnection(sort: [{ edge: { nonsense: DESC } }]) { totalCount } } }""")]
    [InlineData("""{ agreementsConnection { aggregate { count { edges } } } }""")]
    public async Task Bad_input_in_the_new_shapes_is_a_coded_request_error(string query)
    {
        var result = await new KnowledgeGraphQL(graph.Database).ExecuteAsync(new GraphQLRequest(query));

        Assert.Equal(GraphQLOutcome.RequestError, result.Outcome);
        var error = Examples.Parse(result.Json)["errors"]![0]!;
        Assert.False(string.IsNullOrEmpty((string?)error["extensions"]?["code"]), result.Json);
        Assert.DoesNotContain("   at ", result.Json, StringComparison.Ordinal);
    }
}
