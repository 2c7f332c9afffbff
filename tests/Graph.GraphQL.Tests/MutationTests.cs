using Graph.Core.Migrations;
using Graph.Core.Store;
using Graph.Cypher;
using Graph.GraphQL.Tests.Support;
using Graph.TestSupport;

namespace Graph.GraphQL.Tests;

// Locks down create/update/delete: one transaction each, counters reported, changes visible to later queries.
public sealed class MutationTests
{
    private static async Task<EmbeddedGraphDatabase> SeedAsync()
    {
        var db = new EmbeddedGraphDatabase();
        await new MigrationRunner(db).ApplyAsync(CypherDirectory.At(RepositoryPaths.Cypher));
        return db;
    }

    [Fact]
    public async Task Create_then_update_then_delete_round_trip()
    {
        using var db = await SeedAsync();
        var recording = new RecordingGraphDatabase(db);
        var service = new KnowledgeGraphQL(recording);

        var created = Examples.Parse((await service.ExecuteAsync(TestRequests.For(TranslationCases.Get("mutation-create")))).Json);
        Assert.Null(created["errors"]);
        Assert.Equal(2, (int)created["data"]!["createTopics"]!["info"]!["nodesCreated"]!);
        Assert.Equal(["energy", "water"], created["data"]!["createTopics"]!["topics"]!.AsArray().Select(t => (string)t!["id"]!).Order());

        var dated = Examples.Parse((await service.ExecuteAsync(TestRequests.For(TranslationCases.Get("mutation-create-with-date")))).Json);
        Assert.Equal("2024-05-01", (string)dated["data"]!["createEvents"]!["events"]![0]!["date"]!);
        var stored = await db.RunAsync("MATCH (e:Event {id: 'forum-2024'}) RETURN e.date > date('2024-01-01') AS later", mode: AccessMode.Read);
        Assert.Equal(true, stored.Records[0]["later"]);

        var updated = Examples.Parse((await service.ExecuteAsync(TestRequests.For(TranslationCases.Get("mutation-update")))).Json);
        Assert.Equal("Press, television and news.", (string)updated["data"]!["updateTopics"]!["topics"]![0]!["description"]!);

        var deleted = Examples.Parse((await service.ExecuteAsync(TestRequests.For(TranslationCases.Get("mutation-delete")))).Json);
        Assert.Equal(1, (int)deleted["data"]!["deleteTopics"]!["nodesDeleted"]!);
        Assert.True((int)deleted["data"]!["deleteTopics"]!["relationshipsDeleted"]! > 0);

        var left = await db.RunAsync("MATCH (t:Topic {id: 'sports'}) RETURN count(t) AS n", mode: AccessMode.Read);
        Assert.Equal(0L, left.Records[0]["n"]);
        Assert.Equal(4, recording.Transactions);
        Assert.DoesNotContain(recording.Calls, c => c.Mode != AccessMode.Write);
    }

    [Fact]
    public async Task Mutations_are_refused_when_only_queries_are_allowed()
    {
        var recording = new RecordingGraphDatabase();
        var service = new KnowledgeGraphQL(recording);

        var result = await service.ExecuteAsync(Curators.AsEditor(TranslationCases.Get("mutation-delete")) with { QueriesOnly = true });

        Assert.Equal(GraphQLOutcome.MutationNotAllowed, result.Outcome);
        Assert.Contains("MUTATION_NOT_ALLOWED", result.Json, StringComparison.Ordinal);
        Assert.Empty(recording.Calls);
    }
}
