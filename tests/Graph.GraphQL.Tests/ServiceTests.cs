using Graph.Core.Store;
using Graph.GraphQL.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.GraphQL.Tests;

// Locks down how the host gets the service (DI registration with options) and the execution timeout.
public sealed class ServiceTests
{
    [Fact]
    public async Task AddKnowledgeGraphQL_registers_the_service_over_the_container_store_with_options()
    {
        var recording = new RecordingGraphDatabase();
        var services = new ServiceCollection();
        services.AddSingleton<IGraphDatabase>(recording);
        services.AddKnowledgeGraphQL(o => o.MaxDocumentLength = 10);
        await using var provider = services.BuildServiceProvider();

        var service = provider.GetRequiredService<IKnowledgeGraphQL>();
        var result = await service.ExecuteAsync(new GraphQLRequest("{ states { name } }"));

        Assert.Same(service, provider.GetRequiredService<IKnowledgeGraphQL>());
        Assert.Contains("DOCUMENT_TOO_LARGE", result.Json, StringComparison.Ordinal);
        Assert.Contains("type Query", service.Sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_statement_running_past_the_timeout_is_stopped_with_a_TIMEOUT_error()
    {
        var service = new KnowledgeGraphQL(new SlowGraphDatabase(), new GraphQLOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(200) });

        var result = await service.ExecuteAsync(new GraphQLRequest("{ states { name } }"));

        var error = Examples.Parse(result.Json)["errors"]![0]!;
        Assert.Equal("TIMEOUT", (string?)error["extensions"]!["code"]);
        // The message says it is a timeout and which setting to raise.
        Assert.Contains("Graph:GraphQL:ExecutionTimeout", (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(GraphQLOutcome.Executed, result.Outcome);
        Assert.DoesNotContain("   at ", result.Json, StringComparison.Ordinal);
    }

    private sealed class SlowGraphDatabase : IGraphDatabase
    {
        public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default)
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return QueryResult.Empty;
        }

        public Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
