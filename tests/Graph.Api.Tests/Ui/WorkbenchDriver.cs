using System.Text.Json;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Ui;

/// <summary>What the workbench's drawing holds, read from Cytoscape's own model (window.cy).</summary>
internal sealed record DrawnGraph(IReadOnlyList<DrawnNode> Nodes, IReadOnlyList<DrawnEdge> Edges);

internal sealed record DrawnNode(string Id, string Label, string Caption);

internal sealed record DrawnEdge(string Id, string Type, string Source, string Target);

/// <summary>
/// Drives the /cypher workbench in a page: runs statements, reads the drawing from Cytoscape, points the mouse
/// at drawn elements, saves screenshots under the test output folder, and logs every request the page makes.
/// </summary>
internal sealed class WorkbenchDriver
{
    private readonly List<string> _requests = [];

    public WorkbenchDriver(IPage page)
    {
        Page = page;
        page.Request += (_, request) => { lock (_requests) _requests.Add(request.Url); };
    }

    public IPage Page { get; }

    /// <summary>Every URL the page asked for, from before it was opened.</summary>
    public IReadOnlyList<string> Requests
    {
        get { lock (_requests) return [.. _requests]; }
    }

    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<WorkbenchDriver> OpenAsync(Support.BrowserSession session, string path = "/cypher")
    {
        var driver = new WorkbenchDriver(session.Page);
        await session.Page.SetViewportSizeAsync(1400, 1000);
        await session.GotoAsync(path);
        await session.Page.Locator("#statement").WaitForAsync();
        return driver;
    }

    /// <summary>Replaces the statement and runs it with Ctrl+Enter from the editor.</summary>
    public async Task RunAsync(string statement)
    {
        await Page.FillAsync("#statement", statement);
        await Page.Locator("#statement").PressAsync("Control+Enter");
    }

    /// <summary>Waits until the drawing has at least <paramref name="minNodes"/> nodes and its layout has run, then reads it.</summary>
    public async Task<DrawnGraph> GraphAsync(int minNodes = 1)
    {
        await Page.WaitForFunctionAsync($"() => window.cy && window.cy.nodes().length >= {minNodes}");
        var json = await Page.EvaluateAsync<string>("""
            () => JSON.stringify({
              nodes: cy.nodes().map(n => ({ id: n.id(), label: n.data('label'), caption: n.data('caption') })),
              edges: cy.edges().map(e => ({ id: e.id(), type: e.data('type'), source: e.source().id(), target: e.target().id() })),
            })
            """);
        return JsonSerializer.Deserialize<DrawnGraph>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>Where a node (or an edge's midpoint) is on the screen, in page coordinates.</summary>
    public async Task<(float X, float Y)> ScreenPointAsync(string elementId)
    {
        var point = await Page.EvaluateAsync<float[]>("""
            id => {
              const el = cy.getElementById(id);
              const p = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
              const box = cy.container().getBoundingClientRect();
              return [box.left + p.x, box.top + p.y];
            }
            """, elementId);
        return (point[0], point[1]);
    }

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }
}
