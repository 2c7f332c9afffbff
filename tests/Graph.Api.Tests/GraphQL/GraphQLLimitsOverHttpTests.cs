using System.Net;
using System.Text.Json;
using Graph.Api.Tests.Support;
using Graph.Core.Store;
using Graph.GraphQL;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Api.Tests.GraphQL;

// Locks down the GraphQL layer's limits as an HTTP client meets them: the standard introspection query passes, deep and
// bomb documents are refused with coded errors, and a timeout says it is one and names the setting.
public sealed class GraphQLLimitsOverHttpTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    private static readonly string IntrospectionQuery =
        RepositoryFiles.Read("tests", "Graph.GraphQL.Tests", "Resources", "introspection-query.graphql");

    [Fact]
    public async Task The_standard_introspection_query_returns_the_schema()
    {
        using var client = factory.CreateClient();
        var body = JsonSerializer.Serialize(new { query = IntrospectionQuery, operationName = "IntrospectionQuery" });
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", body, "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.False(json.TryGetProperty("errors", out _));
        var query = json.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "Query");
        Assert.Contains(query.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "ministries");
    }

    [Fact]
    public async Task A_deep_user_query_is_still_refused()
    {
        using var client = factory.CreateClient();
        var query = "{ states { " + string.Concat(Enumerable.Repeat("agreements { signatories { leads { ", 4)) + "name" + new string('}', 12) + " } }";
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", JsonSerializer.Serialize(new { query }), "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("QUERY_TOO_DEEP", ErrorCode(await response.JsonAsync()));
    }

    [Fact]
    public async Task A_fragment_bomb_is_refused_as_too_complex()
    {
        using var client = factory.CreateClient();
        var query = "fragment G1 on Query { states { id } } "
            + string.Concat(Enumerable.Range(2, 26).Select(i => $"fragment G{i} on Query {{ ...G{i - 1} ...G{i - 1} }} ")) + "query { ...G27 }";
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", JsonSerializer.Serialize(new { query }), "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("QUERY_TOO_COMPLEX", ErrorCode(await response.JsonAsync()));
    }

    [Fact]
    public async Task The_selection_budget_and_neighbourhood_size_are_read_from_configuration()
    {
        using var configured = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Graph:GraphQL:MaxSelections", "3");
            builder.UseSetting("Graph:GraphQL:MaxNeighbourhoodSize", "2");
        });
        using var client = configured.CreateClient();

        using var wide = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ states { id name description } }"}"""));
        using var neighbours = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ neighbours(id: \"U3RhdGU6a2F6YWtoc3Rhbg==\") { nodes { id } } }"}"""));

        var wideError = (await wide.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("QUERY_TOO_COMPLEX", wideError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("at most 3", wideError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("NEIGHBOURHOOD_TOO_LARGE", ErrorCode(await neighbours.JsonAsync()));
    }

    [Fact]
    public async Task A_request_past_the_configured_timeout_answers_TIMEOUT_naming_the_setting()
    {
        var store = new BlockingGraphDatabase();
        using var host = new ApiFactory();
        host.Settings["Graph:GraphQL:ExecutionTimeout"] = "00:00:00.2";
        using var real = host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IGraphDatabase>();
            services.AddSingleton<IGraphDatabase>(store);
            services.RemoveAll<IKnowledgeGraphQL>();
            services.AddSingleton<IKnowledgeGraphQL>(sp => new KnowledgeGraphQL(store, sp.GetRequiredService<GraphQLOptions>()));
        }));
        using var client = real.CreateClient();

        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ states { name } }"}""", "application/graphql-response+json"));

        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("TIMEOUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("Graph:GraphQL:ExecutionTimeout", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("0.2 s", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        // The GraphQL layer stopped the statement itself; the host's later cut-off (504) was not needed.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(store.Cancelled);
    }

    private static string? ErrorCode(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    /// <summary>A store whose every statement blocks until it is cancelled.</summary>
    private sealed class BlockingGraphDatabase : IGraphDatabase
    {
        public bool Cancelled { get; private set; }

        public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled = true;
                throw;
            }
            throw new InvalidOperationException("unreachable");
        }

        public Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
