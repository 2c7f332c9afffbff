using System.Net;
using Graph.Api.Tests.Support;
using Graph.Core.Errors;
using Graph.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Api.Tests.Hosting;

// Locks down start-up in Neo4j mode: with Neo4j down the host runs, reports not ready and answers the
// store's endpoints 503 STORE_UNAVAILABLE; once Neo4j answers it seeds and is ready; an outage later
// is noticed and recovered from without a restart.
public sealed class Neo4jStartupTests
{
    // Guards against a hang only; nothing here is timed.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Starting_while_neo4j_is_down_is_not_ready_then_ready_and_seeded_once_it_answers()
    {
        using var factory = new Neo4jApiFactory();
        factory.Neo4j.Down = true;
        using var client = factory.CreateClient();

        // The first attempt failed and the start-up loop is backing off.
        await factory.Clock.WhenTimerPendingAsync().WaitAsync(Hang);
        Assert.True(factory.Neo4j.Refused >= 1);
        await AssertNotReadyAsync(client);
        Assert.Empty(factory.Neo4j.Statements);

        factory.Neo4j.Down = false;
        factory.Clock.FireNext();
        await factory.Readiness.WaitUntilAsync(true).WaitAsync(Hang);

        using var ready = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var seed = (await ready.JsonAsync()).GetProperty("checks").GetProperty("seed");
        Assert.Equal("2 script(s) applied, 0 unchanged, 2 statement(s) run.", seed.GetProperty("description").GetString());
        Assert.Contains(Neo4jApiFactory.SchemaStatement, factory.Neo4j.Statements);
        Assert.Contains(Neo4jApiFactory.SeedStatement, factory.Neo4j.Statements);
        // Writes went through explicit transactions, each committed.
        Assert.Contains(factory.Neo4j.Requests, r => r.Statement == Neo4jApiFactory.SeedStatement && r.Path.Contains("/tx/", StringComparison.Ordinal));
        await AssertServesAsync(client);
    }

    [Fact]
    public async Task A_neo4j_outage_after_start_up_is_noticed_and_recovered_from_without_a_restart()
    {
        using var factory = new Neo4jApiFactory();
        using var client = factory.CreateClient();
        await factory.Readiness.WaitUntilAsync(true).WaitAsync(Hang);

        factory.Neo4j.Down = true;
        await factory.Clock.WhenTimerPendingAsync().WaitAsync(Hang);
        factory.Clock.FireNext(); // the probe interval passes; the probe is refused
        await factory.Readiness.WaitUntilAsync(false).WaitAsync(Hang);
        await AssertNotReadyAsync(client);

        factory.Neo4j.Down = false;
        await factory.Clock.WhenTimerPendingAsync().WaitAsync(Hang);
        factory.Clock.FireNext(); // the back-off passes; Neo4j answers again
        await factory.Readiness.WaitUntilAsync(true).WaitAsync(Hang);
        await AssertServesAsync(client);
        // Seeded again on reconnect: Neo4j may have come back without the graph (this fake records nothing).
        Assert.Equal(2, factory.Neo4j.Statements.Count(s => s == Neo4jApiFactory.SeedStatement));
    }

    [Fact]
    public async Task A_request_that_finds_neo4j_gone_makes_the_service_check_at_once()
    {
        using var factory = new Neo4jApiFactory();
        using var client = factory.CreateClient();
        await factory.Readiness.WaitUntilAsync(true).WaitAsync(Hang);

        factory.Neo4j.Down = true;
        using var failed = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN 1 AS ok"}"""));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);

        // No clock moved: the failed request itself woke the watch, whose probe found Neo4j gone.
        await factory.Readiness.WaitUntilAsync(false).WaitAsync(Hang);
        await AssertNotReadyAsync(client);
    }

    [Fact]
    public async Task Pauses_between_attempts_grow_up_to_the_configured_maximum()
    {
        using var factory = new Neo4jApiFactory();
        factory.Neo4j.Down = true;
        using var client = factory.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            await factory.Clock.WhenTimerPendingAsync().WaitAsync(Hang);
            factory.Clock.FireNext();
        }
        await factory.Clock.WhenTimerPendingAsync().WaitAsync(Hang);

        // 1 s, 2 s, 4 s, then capped at 4 s; each moved by at most ±20 % jitter (and never past the cap).
        var pauses = factory.Clock.Delays.Take(6).Select(d => d.TotalSeconds).ToArray();
        Assert.Equal(6, pauses.Length);
        Assert.InRange(pauses[0], 0.8, 1.2);
        Assert.InRange(pauses[1], 1.6, 2.4);
        Assert.All(pauses[2..], p => Assert.InRange(p, 3.2, 4.0));
        Assert.False(factory.Readiness.IsReady);
    }

    [Fact]
    public void Retry_settings_are_read_from_graph_neo4j_retry()
    {
        using var factory = new Neo4jApiFactory();
        factory.Settings["Graph:Neo4j:Retry:MaxRetryTime"] = "00:00:07";
        var retry = factory.Services.GetRequiredService<IOptions<Neo4jOptions>>().Value.Retry;
        Assert.Equal((1, TimeSpan.FromSeconds(7)), (retry.MaxAttempts, retry.MaxRetryTime));
    }

    [Theory]
    [InlineData("Graph:Neo4j:Readiness:ProbeInterval", "-00:00:01", "Graph:Neo4j:Readiness")]
    [InlineData("Graph:Neo4j:Readiness:InitialBackoff", "00:00:00", "Graph:Neo4j:Readiness")]
    [InlineData("Graph:Neo4j:Retry:MaxAttempts", "0", "Graph:Neo4j:Retry")]
    public void Unusable_retry_and_readiness_settings_stop_start_up_naming_the_section(string key, string value, string section)
    {
        // The options are read from the registered services rather than by starting a host: a host that fails
        // while starting sometimes reports ObjectDisposedException instead of the validation error. Both
        // options are validated on start (ValidateOnStart), so this is the check that stops start-up.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Graph:Store"] = "Neo4j", [key] = value })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        Graph.Api.Store.StoreServiceCollectionExtensions.AddGraphStore(services, configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = provider.GetRequiredService<IOptions<Graph.Api.Configuration.Neo4jReadinessOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
        });
        Assert.Contains(section, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embedded_store_is_ready_from_the_start()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var ready = await client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (await ready.JsonAsync()).GetProperty("checks").GetProperty("readiness").GetProperty("status").GetString());
        // Readiness does not ask the store.
        Assert.DoesNotContain(factory.Store.Calls, c => c.Statement == "RETURN 1 AS ok");
    }

    private static async Task AssertNotReadyAsync(HttpClient client)
    {
        using var ready = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var readiness = (await ready.JsonAsync()).GetProperty("checks").GetProperty("readiness");
        Assert.StartsWith("Waiting for Neo4j at http://neo4j.test:7474/", readiness.GetProperty("description").GetString(), StringComparison.Ordinal);

        using var graphql = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ states { name } }"}""", accept: "application/json"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, graphql.StatusCode);
        Assert.True(graphql.Headers.Contains("Retry-After"));
        var error = (await graphql.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("STORE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());

        using var cypher = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN 1 AS ok"}"""));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, cypher.StatusCode);
        Assert.Equal(ErrorCodes.ServiceUnavailable, (await cypher.JsonAsync()).GetProperty("errors")[0].GetProperty("code").GetString());

        // What needs no store stays reachable: the schema and the Cypher page.
        using var sdl = await client.GetAsync("/graphql/schema.graphql");
        Assert.Equal(HttpStatusCode.OK, sdl.StatusCode);
        using var page = await client.SendAsync(HttpExtensions.Get("/cypher", accept: "text/html"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        // GraphiQL is answered by its page (HTML, or text when it was not built), not by the gate's JSON.
        using var graphiql = await client.SendAsync(HttpExtensions.Get("/graphql", accept: "text/html"));
        Assert.StartsWith("text/", graphiql.MediaType(), StringComparison.Ordinal);
    }

    private static async Task AssertServesAsync(HttpClient client)
    {
        using var cypher = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN 1 AS ok"}"""));
        Assert.Equal(HttpStatusCode.OK, cypher.StatusCode);
        Assert.Equal(1, (await cypher.JsonAsync()).GetProperty("rows")[0][0].GetInt32());
    }
}
