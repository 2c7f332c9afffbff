using Graph.GraphQL.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace Graph.GraphQL.Tests;

// Locks down the README's example queries: each runs on the seed graph as one statement, without errors, with a stable answer.
[Collection(SeededGraphCollection.Name)]
public sealed class ExampleQueryTests(SeededGraph graph)
{
    [Theory]
    [MemberData(nameof(Examples.Names), MemberType = typeof(Examples))]
    public async Task Example_runs_as_one_statement_and_matches_its_snapshot(string name)
    {
        var recording = new RecordingGraphDatabase(graph.Database);
        var service = new KnowledgeGraphQL(recording);

        var result = await service.ExecuteAsync(new GraphQLRequest(Examples.Read(name)));

        Assert.Equal(GraphQLOutcome.Executed, result.Outcome);
        var body = Examples.Parse(result.Json);
        Assert.Null(body["errors"]);
        Assert.NotNull(body["data"]);
        Assert.Single(recording.Calls);
        Assert.Equal(Graph.Core.Store.AccessMode.Read, recording.Calls[0].Mode);
        Snapshot.Match(Examples.Pretty(result.Json), SnapshotNameExtension.Create(name, "response"));
        Snapshot.Match(StatementText.Render(recording.Calls[0].Statement, recording.Calls[0].Parameters), SnapshotNameExtension.Create(name, "cypher"));
    }

    [Fact]
    public void There_are_at_least_eight_examples() => Assert.True(Examples.Names().Count() >= 8);
}
