using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Ui;

/// <summary>Drives GraphiQL in a page: runs the active tab and waits for the result; opens the Docs pane.</summary>
internal static class GraphiQLDriver
{
    /// <summary>
    /// Opens the documentation explorer and, from its root types, the Query type: what a user does to read the
    /// schema GraphiQL built from its introspection query. Returns the pane.
    /// </summary>
    public static async Task<ILocator> OpenQueryTypeDocsAsync(IPage page, TimeSpan timeout)
    {
        var wait = (float)timeout.TotalMilliseconds;
        await page.GetByLabel("Show Documentation Explorer").ClickAsync(new() { Timeout = wait });
        var docs = page.Locator(".graphiql-doc-explorer");
        // Until introspection answers, the pane shows a spinner; if it fails, "Error fetching schema".
        var queryType = docs.Locator("a.graphiql-doc-explorer-type-name", new() { HasTextRegex = new Regex("^Query$") });
        await queryType.First.ClickAsync(new() { Timeout = wait });
        await Assertions.Expect(docs.Locator(".graphiql-doc-explorer-title")).ToHaveTextAsync("Query", new() { Timeout = wait });
        return docs;
    }

    /// <summary>
    /// Clicks Execute until the result pane shows <paramref name="expected"/>. A click that lands while
    /// GraphiQL is still starting (editors and schema loading, slower on a busy machine) is ignored by
    /// the IDE, so one retry per few seconds keeps the test about GraphiQL, not about timing.
    /// </summary>
    public static async Task RunUntilResultContainsAsync(IPage page, string expected, TimeSpan timeout)
    {
        await page.Locator(".graphiql-query-editor .monaco-editor").First.WaitForAsync(new() { Timeout = (float)timeout.TotalMilliseconds });
        var deadline = DateTime.UtcNow + timeout;
        var result = page.Locator(".result-window");
        while (true)
        {
            await page.Locator(".graphiql-execute-button").ClickAsync();
            try
            {
                await Assertions.Expect(result).ToContainTextAsync(expected, new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
            }
        }
    }
}
