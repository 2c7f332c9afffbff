using Graph.Api.Tests.Support;
using Graph.Core.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Ui;

// Locks down signing in from the browser: GraphiQL sends what is in its headers editor (a mutation is refused
// without {"X-Api-Key": …} and runs with it), and the /cypher page sends the key typed into its sign-in field.
public sealed class SignInBrowserTests
{
    private const string Update = """mutation { updateTopics(where: { id: { eq: "media" } }, update: { description: { set: "Set from GraphiQL" } }) { topics { id description } } }""";

    [SkippableFact]
    public async Task GraphiQL_runs_a_mutation_once_the_api_key_is_in_the_headers_editor()
    {
        HeadlessChromium.SkipUnlessInstalled();
        await using var graphiql = await GraphiQLWithOneExample.OpenAsync("update-topic", Update);
        var page = graphiql.Page;

        await GraphiQLDriver.RunUntilResultContainsAsync(page, "UNAUTHENTICATED", TimeSpan.FromSeconds(60));
        Assert.NotEqual("Set from GraphiQL", await DescriptionOfMediaAsync(graphiql.Factory));

        await page.Locator(".graphiql-editor-tools button[data-name=headers]").ClickAsync();
        var headers = page.Locator(".graphiql-editor-tool .graphiql-editor:not(.hidden) .monaco-editor");
        await headers.ClickAsync();
        await page.Keyboard.InsertTextAsync($$"""{"X-Api-Key": "{{TestSignIn.EditorKey}}"}""");

        await GraphiQLDriver.RunUntilResultContainsAsync(page, "Set from GraphiQL", TimeSpan.FromSeconds(60));
        await Assertions.Expect(page.Locator(".result-window")).Not.ToContainTextAsync("\"errors\"");
        Assert.Equal("Set from GraphiQL", await DescriptionOfMediaAsync(graphiql.Factory));
    }

    [SkippableFact]
    public async Task The_cypher_page_sends_the_key_from_its_sign_in_field()
    {
        HeadlessChromium.SkipUnlessInstalled();
        using var factory = new ApiFactory();
        factory.Settings["Graph:Auth:AnonymousRead"] = "false";
        factory.Store.Answer("MATCH (s:State) RETURN s.name AS name", FakeGraphDatabase.Result(["name"], ["Kazakhstan"]));
        await using var session = await BrowserSession.StartAsync(factory);
        var page = session.Page;
        await session.GotoAsync("/cypher");
        await page.FillAsync("#statement", "MATCH (s:State) RETURN s.name AS name");

        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("#output .error")).ToContainTextAsync("UNAUTHENTICATED");

        await page.FillAsync("#credential", TestSignIn.ReaderKey);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("#output table td")).ToHaveTextAsync(["Kazakhstan"]);

        // Kept for the tab: a reload still signs in.
        await page.ReloadAsync();
        Assert.Equal(TestSignIn.ReaderKey, await page.InputValueAsync("#credential"));
    }

    private static async Task<string?> DescriptionOfMediaAsync(SeededApiFactory factory)
    {
        var store = factory.Services.GetRequiredService<IGraphDatabase>();
        var result = await store.RunAsync("MATCH (t:Topic {id: 'media'}) RETURN t.description AS d", mode: AccessMode.Read);
        return result.Records[0]["d"] as string;
    }
}
