using Graph.Api.Tests.Support;
using Graph.GraphQL;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Ui;

// Locks down GraphiQL in a real browser: the offline bundle renders at /graphql, opens the example queries as tabs, runs one, and loads nothing from another origin.
public sealed class GraphiQLBrowserTests
{
    [SkippableFact]
    public async Task GraphiQL_renders_opens_the_examples_and_runs_a_query()
    {
        HeadlessChromium.SkipUnlessInstalled();

        var examples = Directory.CreateTempSubdirectory("graph-examples-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(examples.FullName, "01-hello.graphql"), "query Hello { hello }\n");
            await File.WriteAllTextAsync(Path.Combine(examples.FullName, "02-again.graphql"), "query Again { hello }\n");
            using var factory = new ApiFactory();
            factory.Settings["Graph:GraphQL:ExamplesDirectory"] = examples.FullName;
            factory.Settings["Graph:GraphQL:ExecutionTimeout"] = "00:00:30";
            factory.GraphQL.Override = (request, _) => Task.FromResult(request.Query.Contains("__schema", StringComparison.Ordinal)
                ? new GraphQLResult(GraphQLOutcome.Executed, IntrospectionStub.Json)
                : new GraphQLResult(GraphQLOutcome.Executed, """{"data":{"hello":"world from the host"}}"""));
            await using var session = await BrowserSession.StartAsync(factory);
            var page = session.Page;
            var origin = session.Origin;
            var foreign = new List<string>();
            page.Request += (_, r) =>
            {
                if (!r.Url.StartsWith(origin, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal))
                    lock (foreign) foreign.Add(r.Url);
            };

            await page.GotoAsync(origin + "/graphql");
            await page.Locator(".graphiql-container").WaitForAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator(".graphiql-tab")).ToHaveCountAsync(2, new() { Timeout = 30_000 });

            await GraphiQLDriver.RunUntilResultContainsAsync(page, "world from the host", TimeSpan.FromSeconds(60));

            Assert.Contains(factory.GraphQL.Requests, r => r.Query.Contains("query Hello", StringComparison.Ordinal));
            Assert.Empty(foreign);
        }
        finally
        {
            examples.Delete(recursive: true);
        }
    }
}
