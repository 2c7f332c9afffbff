using Graph.GraphQL.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace Graph.GraphQL.Tests;

// Locks down the Cypher each translator piece writes: request in, one statement and its parameters out (expected-Cypher snapshots).
public sealed class TranslationSnapshotTests
{
    [Theory]
    [MemberData(nameof(TranslationCases.QueryNames), MemberType = typeof(TranslationCases))]
    public async Task Request_translates_to_the_expected_statement(string name)
    {
        var recording = new RecordingGraphDatabase();
        var service = new KnowledgeGraphQL(recording, new GraphQLOptions { EnableRegex = true });

        await service.ExecuteAsync(TestRequests.For(TranslationCases.Get(name)));

        var call = Assert.Single(recording.Calls);
        Snapshot.Match(StatementText.Render(call.Statement, call.Parameters), SnapshotNameExtension.Create(name));
    }

    // A mutation is one transaction on the seed: its validation reads, the audit's before, the one write statement, the
    // audit's after and the Change record (or only the reads, when the input is refused).
    [Theory]
    [MemberData(nameof(TranslationCases.MutationNames), MemberType = typeof(TranslationCases))]
    public async Task Mutation_translates_to_the_expected_transaction(string name)
    {
        await using var graph = await CurationGraph.SeededAsync();

        await graph.RunAsync(TranslationCases.Get(name));

        Assert.Equal(1, graph.Recording.Transactions);
        Snapshot.Match(string.Join("\n// ----- next statement of the transaction\n\n", graph.Recording.Calls.Select(c => StatementText.Render(c.Statement, c.Parameters))),
            SnapshotNameExtension.Create(name));
    }

    [Fact]
    public async Task The_same_request_always_gives_the_same_statement()
    {
        var recording = new RecordingGraphDatabase();
        var service = new KnowledgeGraphQL(recording);
        var query = TranslationCases.Get("projection-single-and-interface-fragments");

        await service.ExecuteAsync(new GraphQLRequest(query));
        await service.ExecuteAsync(new GraphQLRequest(query));

        Assert.Equal(2, recording.Calls.Count);
        Assert.Equal(recording.Calls[0].Statement, recording.Calls[1].Statement);
    }

    [Fact]
    public async Task User_values_reach_the_statement_only_as_parameters()
    {
        var recording = new RecordingGraphDatabase();
        var service = new KnowledgeGraphQL(recording);
        const string hostile = "x' }) DETACH DELETE n //";

        await service.ExecuteAsync(new GraphQLRequest("query($v: String) { states(where: { name: { eq: $v } }) { name } }",
            Variables: new Dictionary<string, object?> { ["v"] = hostile }));

        var call = Assert.Single(recording.Calls);
        Assert.DoesNotContain(hostile, call.Statement, StringComparison.Ordinal);
        Assert.Contains(hostile, call.Parameters.Values);
    }
}
