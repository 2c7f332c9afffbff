using System.Text.RegularExpressions;
using Graph.Api.Tests.Support;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Ui;

// Locks down GraphiQL on the real service: the README's example queries open as tabs, a query returns seed data, and the real introspection builds the Docs pane.
public sealed class SeededGraphiQLBrowserTests
{
    [SkippableFact]
    public async Task Examples_open_as_tabs_and_the_first_runs_against_the_seed()
    {
        HeadlessChromium.SkipUnlessInstalled();

        using var factory = new SeededApiFactory();
        await using var session = await BrowserSession.StartAsync(factory);
        var page = session.Page;
        await session.GotoAsync("/graphql");

        await Assertions.Expect(page.Locator(".graphiql-tab")).ToHaveCountAsync(RepositoryFiles.ExampleQueries().Count, new() { Timeout = 30_000 });
        await page.Locator(".graphiql-tab").First.ClickAsync();
        await GraphiQLDriver.RunUntilResultContainsAsync(page, "\"data\"", TimeSpan.FromSeconds(60));
        await Assertions.Expect(page.Locator(".result-window")).Not.ToContainTextAsync("\"errors\"");
        // The first example lists the memoranda of 12 April 2023 (Monaco renders the top of the result).
        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync("Memorandum of understanding");

        // The Docs pane shows the schema from the service's real introspection (no stub here): the Query type's root fields.
        var docs = await GraphiQLDriver.OpenQueryTypeDocsAsync(page, TimeSpan.FromSeconds(30));
        await Assertions.Expect(docs).Not.ToContainTextAsync("Error fetching schema");
        var fields = docs.Locator(".graphiql-doc-explorer-field-name");
        await Assertions.Expect(fields.Filter(new() { HasTextRegex = new Regex("^ministries$") })).ToHaveCountAsync(1);
        await Assertions.Expect(fields.Filter(new() { HasTextRegex = new Regex("^neighbours$") })).ToHaveCountAsync(1);
    }
}
