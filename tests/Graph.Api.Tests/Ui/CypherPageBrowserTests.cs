using Graph.Api.Tests.Support;
using Graph.Core.Errors;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Ui;

// Locks down the /cypher page in a real browser: a typed statement runs read-only and shows a table, an error shows its Neo4j code and position.
public sealed class CypherPageBrowserTests
{
    [SkippableFact]
    public async Task Page_runs_a_statement_and_shows_rows_and_errors()
    {
        HeadlessChromium.SkipUnlessInstalled();

        using var factory = new ApiFactory();
        factory.Store.Answer("MATCH (s:State) RETURN s.name AS name", FakeGraphDatabase.Result(["name"], ["Kazakhstan"], ["Azerbaijan"]));
        factory.Store.Answer("MATCH (s RETURN s", (_, _) => throw new GraphException(ErrorCodes.SyntaxError, "Invalid input 'RETURN'", ErrorPhase.Compile, 1, 10));
        await using var session = await BrowserSession.StartAsync(factory);
        var page = session.Page;
        await session.GotoAsync("/cypher");

        await page.FillAsync("#statement", "MATCH (s:State) RETURN s.name AS name");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("#output table td")).ToHaveTextAsync(["Kazakhstan", "Azerbaijan"]);
        await Assertions.Expect(page.Locator("#meta")).ToHaveTextAsync("2 row(s)");

        await page.FillAsync("#statement", "MATCH (s RETURN s");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("#output .error")).ToContainTextAsync("Neo.ClientError.Statement.SyntaxError (line 1, column 10)");
    }
}
