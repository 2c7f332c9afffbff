using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Cypher;
using Graph.CurationSuite;
using Graph.GraphQL.Tests.Support;

namespace Graph.GraphQL.Tests;

// A mutation is a transaction function: a transient failure of its transaction (Neo4j's deadlocks and leader
// switches) runs the whole unit again, so the caller sees one applied mutation and one audit record.
public sealed class MutationRetryTests
{
    [Fact]
    public async Task A_transient_commit_failure_runs_the_whole_mutation_again()
    {
        await using var inner = new EmbeddedGraphDatabase();
        var store = new FailingFirstCommit(inner);
        var service = new KnowledgeGraphQL(store);

        var result = await service.ExecuteAsync(Curators.AsEditor("""mutation { createTopics(input: [{ id: "energy", name: "Energy" }]) { topics { id } } }"""));

        Assert.Null(Examples.Parse(result.Json)["errors"]);
        Assert.Equal(2, store.Transactions);
        var counts = await inner.RunAsync("MATCH (t:Topic) WITH count(t) AS topics MATCH (c:Change) RETURN topics, count(c) AS changes", mode: AccessMode.Read);
        Assert.Equal(1L, counts.Records[0]["topics"]);
        Assert.Equal(1L, counts.Records[0]["changes"]);
    }

    [Fact]
    public async Task A_refused_mutation_is_not_run_again()
    {
        await using var inner = new EmbeddedGraphDatabase();
        var store = new FailingFirstCommit(inner);
        var service = new KnowledgeGraphQL(store);

        var result = await service.ExecuteAsync(Curators.AsEditor("""mutation { createTopics(input: [{ id: "Not A Slug", name: "Energy" }]) { topics { id } } }"""));

        Assert.Equal("BAD_USER_INPUT", (string?)Examples.Parse(result.Json)["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal(1, store.Transactions);
    }

    /// <summary>The embedded store, except that the first transaction's commit fails as a transient error (nothing committed).</summary>
    private sealed class FailingFirstCommit(IGraphDatabase inner) : IGraphDatabase
    {
        public int Transactions { get; private set; }

        public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default) =>
            inner.RunAsync(statement, parameters, mode, cancellationToken);

        public async Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default)
        {
            Transactions++;
            var transaction = await inner.BeginTransactionAsync(mode, cancellationToken);
            return Transactions == 1 ? new CommitFails(transaction) : transaction;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class CommitFails(IGraphTransaction inner) : IGraphTransaction
    {
        public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
            inner.RunAsync(statement, parameters, cancellationToken);

        public Task CommitAsync(CancellationToken cancellationToken = default) =>
            throw new GraphException(ErrorCodes.ServiceUnavailable, "The leader switched (test).");

        public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
