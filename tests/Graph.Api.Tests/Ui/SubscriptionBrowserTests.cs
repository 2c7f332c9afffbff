using System.Text.Json;
using Graph.Api.Tests.Support;
using Graph.GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Ui;

// Locks down live updates in the browser: GraphiQL runs a subscription over its WebSocket fetcher (graphql-ws, bundled
// offline) and shows the event of a mutation committed after it started.
public sealed class SubscriptionBrowserTests
{
    private const string Subscription = "subscription { topicCreated { event createdTopic { id name } } }";

    [SkippableFact]
    public async Task GraphiQL_shows_the_event_of_a_mutation_made_while_its_subscription_runs()
    {
        HeadlessChromium.SkipUnlessInstalled();
        await using var graphiql = await GraphiQLWithOneExample.OpenAsync("live-topics", Subscription);
        var page = graphiql.Page;
        await page.Locator(".graphiql-query-editor .monaco-editor").First.WaitForAsync(new() { Timeout = 60_000 });

        await StartSubscriptionAsync(page, graphiql.Factory.Services.GetRequiredService<IKnowledgeGraphQL>().Subscriptions);
        using var client = graphiql.Factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", JsonSerializer.Serialize(new
        {
            query = """mutation { createTopics(input: [{ id: "live-energy", name: "Energy seen live" }]) { topics { id } } }""",
        })));
        response.EnsureSuccessStatusCode();

        var result = page.Locator(".result-window");
        await Assertions.Expect(result).ToContainTextAsync("Energy seen live", new() { Timeout = 30_000 });
        await Assertions.Expect(result).ToContainTextAsync("CREATE");
        await Assertions.Expect(result).Not.ToContainTextAsync("\"errors\"");
    }

    /// <summary>
    /// Clicks Execute until the service has the subscription: a click that lands while GraphiQL is still starting is
    /// ignored, and a second click on a running subscription would stop it, so each click waits a while for the hub.
    /// </summary>
    private static async Task StartSubscriptionAsync(IPage page, Graph.GraphQL.Subscriptions.SubscriptionHub hub)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (hub.SubscriberCount == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "GraphiQL never started the subscription");
            await page.Locator(".graphiql-execute-button").ClickAsync();
            for (var i = 0; i < 20 && hub.SubscriberCount == 0; i++) await Task.Delay(500);
        }
    }
}
