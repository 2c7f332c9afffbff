using Microsoft.Playwright;

namespace Graph.Api.Tests.Ui;

/// <summary>Drives GraphiQL in a page: runs the active tab and waits for the result.</summary>
internal static class GraphiQLDriver
{
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
