using System.Text.Json;
using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Neo4j.Tests;

// Locks down explicit transactions (/tx, affinity echo, commit, rollback) and transaction-function retries.
public sealed class QueryApiTransactionTests : IDisposable
{
    private const string Opened = """{"transaction":{"id":"tx42","expires":"2026-01-01T00:00:30Z"},"data":{"fields":[],"values":[]}}""";
    private const string Empty = """{"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"1"}]]},"bookmarks":["FB:c"]}""";
    private readonly FakeQueryApi _api = new();

    [Fact]
    public async Task A_transaction_opens_runs_and_commits_echoing_the_cluster_affinity()
    {
        _api.Respond(202, Opened, ("neo4j-cluster-affinity", "server-7"));
        _api.Respond(202, Empty);
        _api.Respond(200, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:after"]}""");
        _api.Respond(202, Empty);
        await using var db = new Neo4jGraphDatabase(new Neo4jOptions { Uri = _api.Uri });

        await using (var tx = await db.BeginTransactionAsync())
        {
            var result = await tx.RunAsync("RETURN 1 AS x");
            Assert.Equal(1L, result.Records[0]["x"]);
            await tx.CommitAsync();
        }
        await db.RunAsync("RETURN 1", mode: AccessMode.Read);

        Assert.Equal(("POST", "/db/neo4j/query/v2/tx"), (_api.Requests[0].Method, _api.Requests[0].Path));
        Assert.Equal(("POST", "/db/neo4j/query/v2/tx/tx42"), (_api.Requests[1].Method, _api.Requests[1].Path));
        Assert.Equal("server-7", _api.Requests[1].Headers["neo4j-cluster-affinity"]);
        Assert.Equal(("POST", "/db/neo4j/query/v2/tx/tx42/commit"), (_api.Requests[2].Method, _api.Requests[2].Path));
        Assert.Equal("server-7", _api.Requests[2].Headers["neo4j-cluster-affinity"]);
        Assert.Equal("FB:after", JsonDocument.Parse(_api.Requests[3].Body).RootElement.GetProperty("bookmarks")[0].GetString());
    }

    [Fact]
    public async Task Disposing_without_commit_rolls_back_with_delete()
    {
        _api.Respond(202, Opened);
        _api.Respond(200, "{}");
        await using var db = new Neo4jGraphDatabase(new Neo4jOptions { Uri = _api.Uri });
        await using (await db.BeginTransactionAsync())
        {
        }
        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/tx42"), (_api.Requests[1].Method, _api.Requests[1].Path));
    }

    [Fact]
    public async Task A_committed_transaction_cannot_be_used_again()
    {
        _api.Respond(202, Opened);
        _api.Respond(200, "{}");
        await using var db = new Neo4jGraphDatabase(new Neo4jOptions { Uri = _api.Uri });
        await using var tx = await db.BeginTransactionAsync();
        await tx.CommitAsync();
        await Assert.ThrowsAsync<GraphException>(() => tx.RunAsync("RETURN 1"));
        Assert.Equal(2, _api.Requests.Count);
    }

    [Fact]
    public async Task Transaction_functions_retry_transient_errors_and_then_succeed()
    {
        _api.Respond(202, Opened);
        _api.Respond(200, """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""");
        _api.Respond(202, Opened);
        _api.Respond(202, Empty);
        _api.Respond(200, "{}");
        await using var db = new Neo4jGraphDatabase(new Neo4jOptions { Uri = _api.Uri });
        var attempts = 0;

        var value = await db.ExecuteAsync(AccessMode.Write, async (tx, ct) =>
        {
            attempts++;
            return (await tx.RunAsync("RETURN 1 AS x", cancellationToken: ct)).Records[0]["x"];
        }, new RetryPolicy { MaxAttempts = 3, InitialDelay = TimeSpan.FromMilliseconds(10) });

        Assert.Equal(1L, value);
        Assert.Equal(2, attempts);
        Assert.EndsWith("/commit", _api.Requests[^1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transaction_functions_do_not_retry_client_errors()
    {
        _api.Respond(202, Opened);
        _api.Respond(200, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"bad"}]}""");
        await using var db = new Neo4jGraphDatabase(new Neo4jOptions { Uri = _api.Uri });
        var attempts = 0;
        await Assert.ThrowsAsync<GraphException>(() => db.ExecuteAsync(AccessMode.Write, async (tx, ct) =>
        {
            attempts++;
            return await tx.RunAsync("RETURN", cancellationToken: ct);
        }));
        Assert.Equal(1, attempts);
    }

    public void Dispose() => _api.Dispose();
}
