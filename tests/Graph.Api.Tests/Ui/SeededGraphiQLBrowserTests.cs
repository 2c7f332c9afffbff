using Graph.Api.Tests.Support;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Ui;

// Locks down GraphiQL on the real service: the README's example queries open as tabs, introspection builds the docs, and a query returns seed data.
public sealed class SeededGraphiQLBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [SkippableFact]
    public async Task Examples_open_as_tabs_and_the_first_runs_against_the_seed()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is missing (apt-get install -y chromium); the browser test needs Debian's Chromium.");

        using var factory = new SeededApiFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();
        var origin = client.BaseAddress!.GetLeftPart(UriPartial.Authority);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(origin + "/graphql");

        await Assertions.Expect(page.Locator(".graphiql-tab")).ToHaveCountAsync(RepositoryFiles.ExampleQueries().Count, new() { Timeout = 30_000 });
        await page.Locator(".graphiql-tab").First.ClickAsync();
        await page.Locator(".graphiql-execute-button").ClickAsync();
        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync("\"data\"", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".result-window")).Not.ToContainTextAsync("\"errors\"");
        // The first example lists the memoranda of 12 April 2023 (Monaco renders the top of the result).
        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync("Memorandum of understanding");
    }
}
