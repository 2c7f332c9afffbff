using System.Text.Json.Nodes;
using Graph.Core.Store;
using Graph.CurationSuite;

namespace Graph.GraphQL.Tests.Support;

/// <summary>
/// Reads on the seeded graph for tests that compare a GraphQL answer with plain Cypher: the request's data (no errors,
/// one statement) and (label, id) rows from a statement returning columns <c>label</c> and <c>id</c>.
/// </summary>
internal static class SeededReads
{
    public static async Task<JsonNode> DataAsync(this SeededGraph graph, string query)
    {
        var recording = new RecordingGraphDatabase(graph.Database);
        var result = await new KnowledgeGraphQL(recording).ExecuteAsync(new GraphQLRequest(query));
        var json = Examples.Parse(result.Json);
        Assert.True(json["errors"] is null, result.Json);
        Assert.Single(recording.Calls);
        return json["data"]!;
    }

    public static async Task<List<(string Label, string Id)>> RowsAsync(this SeededGraph graph, string statement) =>
        (await graph.Database.RunAsync(statement, mode: AccessMode.Read)).Records.Select(r => ((string)r["label"]!, (string)r["id"]!)).ToList();

    /// <summary>The ids of a list of nodes in a response, in order.</summary>
    public static List<string> Ids(JsonNode? list) => list!.AsArray().Select(p => (string)p!["id"]!).ToList();
}
