using Graph.GraphQL.Tests.Support;

namespace Graph.GraphQL.Tests;

// Locks down neighbours as a bounded breadth-first search: the same entities as a plain BFS over the seed at every
// depth, hops that expand only newly reached entities under a LIMIT (never every path), and a size limit that fails loudly.
[Collection(SeededGraphCollection.Name)]
public sealed class NeighbourhoodTests(SeededGraph graph)
{
    private const string Kazakhstan = "U3RhdGU6a2F6YWtoc3Rhbg==";

    private static string Query(string id, int depth) =>
        $"{{ neighbours(id: \"{id}\", depth: {depth}) {{ nodes {{ __typename id }} relationships {{ type from to }} }} }}";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    public async Task Neighbours_are_the_entities_a_breadth_first_search_reaches(int depth)
    {
        var expected = await BreadthFirstAsync("State:kazakhstan", depth);

        var result = await new KnowledgeGraphQL(graph.Database).ExecuteAsync(new GraphQLRequest(Query(Kazakhstan, depth)));

        var neighbours = Examples.Parse(result.Json)["data"]!["neighbours"]!;
        var nodes = neighbours["nodes"]!.AsArray().Select(n => $"{(string)n!["__typename"]!}:{(string)n["id"]!}").ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), nodes.Order(StringComparer.Ordinal));
        Assert.Equal(nodes.Count, nodes.Distinct().Count());
        // Relationships are those among the reached entities.
        Assert.All(neighbours["relationships"]!.AsArray(), r => Assert.True(expected.Contains(Decode(r!["from"])) && expected.Contains(Decode(r["to"]))));
    }

    [Fact]
    public async Task Each_hop_expands_only_new_entities_under_a_limit_instead_of_every_path()
    {
        var recording = new RecordingGraphDatabase(graph.Database);
        await new KnowledgeGraphQL(recording, new GraphQLOptions { MaxNeighbourhoodSize = 300 }).ExecuteAsync(new GraphQLRequest(Query(Kazakhstan, 6)));
        var (statement, parameters, _) = Assert.Single(recording.Calls);

        // A variable-length pattern would enumerate every path up to depth 6 (exponential in depth).
        Assert.DoesNotContain("[*", statement, StringComparison.Ordinal);
        var limits = System.Text.RegularExpressions.Regex.Matches(statement, @"LIMIT \$(param\d+)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(6, limits.Count);
        Assert.All(limits, p => Assert.Equal(301L, Convert.ToInt64(parameters[p], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(statement, @"WHERE NOT this\d+ IN var\d+"));
    }

    [Fact]
    public async Task A_neighbourhood_over_the_size_limit_is_an_error_naming_the_setting()
    {
        var recording = new RecordingGraphDatabase(graph.Database);
        var service = new KnowledgeGraphQL(recording, new GraphQLOptions { MaxNeighbourhoodSize = 5 });

        var tooLarge = Examples.Parse((await service.ExecuteAsync(new GraphQLRequest(Query(Kazakhstan, 2)))).Json);
        var reachable = (await BreadthFirstAsync("State:kazakhstan", 6)).Count;
        var atTheLimit = Examples.Parse((await new KnowledgeGraphQL(graph.Database, new GraphQLOptions { MaxNeighbourhoodSize = reachable })
            .ExecuteAsync(new GraphQLRequest(Query(Kazakhstan, 6)))).Json);

        var error = tooLarge["errors"]![0]!;
        Assert.Equal("NEIGHBOURHOOD_TOO_LARGE", (string?)error["extensions"]!["code"]);
        Assert.Contains("Graph:GraphQL:MaxNeighbourhoodSize", (string?)error["message"], StringComparison.Ordinal);
        Assert.Null(tooLarge["data"]?["neighbours"]);
        // Exactly as many entities as the limit is fine.
        Assert.Null(atTheLimit["errors"]);
        Assert.Equal(reachable, atTheLimit["data"]!["neighbours"]!["nodes"]!.AsArray().Count);
    }

    /// <summary>The reference answer: breadth-first over every relationship of the seed, in plain C#.</summary>
    private async Task<HashSet<string>> BreadthFirstAsync(string start, int depth)
    {
        var edges = await graph.Database.RunAsync(
            "MATCH (a)-[]-(b) RETURN head(labels(a)) + ':' + a.id AS a, head(labels(b)) + ':' + b.id AS b");
        var adjacent = edges.Records.GroupBy(r => (string)r["a"]!).ToDictionary(g => g.Key, g => g.Select(r => (string)r["b"]!).ToList());
        var seen = new HashSet<string> { start };
        var frontier = new List<string> { start };
        for (var hop = 0; hop < depth; hop++)
        {
            frontier = frontier.SelectMany(n => adjacent.GetValueOrDefault(n) ?? []).Where(seen.Add).ToList();
        }
        return seen;
    }

    private static string Decode(System.Text.Json.Nodes.JsonNode? globalId) =>
        System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)globalId!));
}
