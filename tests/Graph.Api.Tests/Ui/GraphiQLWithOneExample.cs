using Graph.Api.Tests.Support;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Ui;

/// <summary>
/// GraphiQL on the seeded service with one example (so one tab) holding <c>document</c>, open in headless Chromium;
/// disposing stops the host and removes the example's folder.
/// </summary>
internal sealed class GraphiQLWithOneExample : IAsyncDisposable
{
    private readonly DirectoryInfo _examples;
    private readonly BrowserSession _session;

    private GraphiQLWithOneExample(DirectoryInfo examples, SeededApiFactory factory, BrowserSession session)
    {
        _examples = examples;
        Factory = factory;
        _session = session;
    }

    public SeededApiFactory Factory { get; }

    public IPage Page => _session.Page;

    public static async Task<GraphiQLWithOneExample> OpenAsync(string name, string document)
    {
        var examples = Directory.CreateTempSubdirectory("graph-graphiql-example-");
        File.WriteAllText(Path.Combine(examples.FullName, name + ".graphql"), document);
        var factory = new SeededApiFactory();
        factory.Settings["Graph:GraphQL:ExamplesDirectory"] = examples.FullName;
        var session = await BrowserSession.StartAsync(factory);
        await session.GotoAsync("/graphql");
        await Assertions.Expect(session.Page.Locator(".graphiql-tab")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        return new GraphiQLWithOneExample(examples, factory, session);
    }

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        await Factory.DisposeAsync();
        _examples.Delete(recursive: true);
    }
}
