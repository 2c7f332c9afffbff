using Graph.GraphQL.Tests.Support;

namespace Graph.GraphQL.Tests;

[Collection(SeededGraphCollection.Name)]
public sealed class SmokeTests(SeededGraph graph)
{
    [Fact]
    public async Task Smoke()
    {
        var rec = new RecordingGraphDatabase(graph.Database);
        var service = new KnowledgeGraphQL(rec);
        var r = await service.ExecuteAsync(new GraphQLRequest("{ ministries { name agreements { name date parties { name } } } }"));
        Console.WriteLine(rec.Calls.Count > 0 ? rec.Calls[0].Statement : "none");
        Console.WriteLine(r.Json);
        Assert.Equal(GraphQLOutcome.Executed, r.Outcome);
    }
}
