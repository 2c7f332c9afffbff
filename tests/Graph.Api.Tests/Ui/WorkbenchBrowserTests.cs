using System.Text;
using Graph.Api.Tests.Support;
using Graph.Core.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Ui;

// Locks down the analyst's workbench at /cypher in a real browser on the seeded graph: completion from the live
// schema, the drawing (read from Cytoscape's own model) against what the store holds, expanding a node, a fact's
// evidence, a saved query with parameters, the plan tree, GraphiQL's global-id link, and that every request the
// page makes goes to the service. Screenshots land in the test output's screenshots/ folder.
public sealed class WorkbenchBrowserTests
{
    private const string LeadersAndStates = "MATCH (l:Leader)-[r:LEADS]->(s:State) RETURN l, r, s";

    [SkippableFact]
    public async Task A_query_typed_with_completion_is_drawn_expanded_and_its_facts_show_their_evidence()
    {
        HeadlessChromium.SkipUnlessInstalled();
        using var factory = Factory();
        await using var session = await BrowserSession.StartAsync(factory);
        var workbench = await WorkbenchDriver.OpenAsync(session);
        var page = session.Page;

        // Typed key by key; the label and the relationship type are taken from the completion list.
        var statement = page.Locator("#statement");
        await statement.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync("MATCH (l:Lea");
        await AcceptCompletionAsync(page, ":Leader");
        await page.Keyboard.TypeAsync(")-[r:LEA");
        await AcceptCompletionAsync(page, ":LEADS");
        await page.Keyboard.TypeAsync("]->(s:State) RETURN l, r, s");
        Assert.Equal(LeadersAndStates, (await statement.InnerTextAsync()).Trim());

        await page.Keyboard.PressAsync("Control+Enter");
        var expected = await RowsAsync(factory, "MATCH (l:Leader)-[r:LEADS]->(s:State) RETURN elementId(l) AS l, elementId(r) AS r, elementId(s) AS s");
        var drawn = await workbench.GraphAsync(minNodes: 2);
        Assert.Equal(expected.SelectMany(row => new[] { row[0], row[2] }).ToHashSet(), drawn.Nodes.Select(n => n.Id).ToHashSet());
        Assert.Equal(expected.Select(row => row[1]).ToHashSet(), drawn.Edges.Select(e => e.Id).ToHashSet());
        Assert.All(drawn.Edges, e => Assert.Equal("LEADS", e.Type));
        Assert.Contains(drawn.Nodes, n => n is { Label: "Leader", Caption: "Kassym-Jomart Tokayev" });
        Assert.Contains(drawn.Nodes, n => n is { Label: "State", Caption: "Kazakhstan" });
        await Assertions.Expect(page.Locator("#legend [data-label=Leader]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#legend [data-type=LEADS]")).ToBeVisibleAsync();
        await workbench.ScreenshotAsync("workbench-graph");

        // Hovering a fact shows the sentence that states it and its source document.
        var fact = await RowsAsync(factory,
            "MATCH (:Leader {id: 'kassym-jomart-tokayev'})-[r:LEADS]->(:State {id: 'kazakhstan'}) RETURN elementId(r) AS r, r.evidence AS evidence, r.source AS source");
        var (ex, ey) = await workbench.ScreenPointAsync(fact[0][0]);
        await page.Mouse.MoveAsync(ex, ey);
        await Assertions.Expect(page.Locator("#inspector h3")).ToHaveTextAsync("LEADS");
        await Assertions.Expect(page.Locator("#inspector [data-property=evidence] dd")).ToHaveTextAsync(fact[0][1]);
        await Assertions.Expect(page.Locator("#inspector [data-property=source] dd")).ToHaveTextAsync(fact[0][2]);
        await workbench.ScreenshotAsync("workbench-evidence");

        // A double-click on Kazakhstan adds its neighbours (and the relationships to them) to the drawing.
        var kazakhstan = drawn.Nodes.Single(n => n.Caption == "Kazakhstan").Id;
        var neighbours = await RowsAsync(factory,
            "MATCH (n)-[r]-(m) WHERE elementId(n) = $id RETURN elementId(m) AS m, elementId(r) AS r", new Dictionary<string, object?> { ["id"] = kazakhstan });
        var wantNodes = drawn.Nodes.Select(n => n.Id).Concat(neighbours.Select(row => row[0])).ToHashSet();
        var (kx, ky) = await workbench.ScreenPointAsync(kazakhstan);
        await page.Mouse.DblClickAsync(kx, ky);
        var expanded = await workbench.GraphAsync(minNodes: wantNodes.Count);
        Assert.Equal(wantNodes, expanded.Nodes.Select(n => n.Id).ToHashSet());
        Assert.Superset(neighbours.Select(row => row[1]).ToHashSet(), expanded.Edges.Select(e => e.Id).ToHashSet());
        await workbench.ScreenshotAsync("workbench-expanded");

        AssertOnlyTheServiceWasAsked(workbench, session);
    }

    [SkippableFact]
    public async Task A_saved_query_runs_with_the_parameters_typed_into_its_form_and_explain_draws_the_plan_tree()
    {
        HeadlessChromium.SkipUnlessInstalled();
        using var factory = Factory();
        await using var session = await BrowserSession.StartAsync(factory);
        var workbench = await WorkbenchDriver.OpenAsync(session);
        var page = session.Page;

        await page.ClickAsync("button[data-query=evidence-for-entity]");
        var id = page.Locator("#parameter-form input[name=id]");
        await Assertions.Expect(id).ToHaveValueAsync("supreme-interstate-council");
        await id.FillAsync("heydar-aliyev-road");
        await page.ClickAsync("button[type=submit]");

        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.Root, "cypher", "queries", "evidence-for-entity.cypher"));
        var expected = await RowsAsync(factory, text, new Dictionary<string, object?> { ["id"] = "heydar-aliyev-road" });
        Assert.NotEmpty(expected);
        await Assertions.Expect(page.Locator("#meta")).ToHaveTextAsync($"{expected.Count} row(s)");
        await Assertions.Expect(page.Locator("#output table tbody tr td:nth-child(4)")).ToHaveTextAsync(expected.Select(row => row[3]).ToArray());
        await workbench.ScreenshotAsync("workbench-saved-query");

        // The same answer as CSV, downloaded as the service writes it.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#csv"));
        using (var csv = new StreamReader(await download.CreateReadStreamAsync()))
        {
            var lines = (await csv.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("entity,relationship,outgoing,other,evidence,source,basis,note", lines[0].TrimEnd('\r'));
            Assert.Equal(expected.Count + 1, lines.Length);
        }

        await page.ClickAsync("#explain");
        var plan = await RowsAsync(factory, "EXPLAIN " + text, new Dictionary<string, object?> { ["id"] = "heydar-aliyev-road" });
        var nodes = page.Locator("#plan .plan-node");
        await Assertions.Expect(nodes).ToHaveCountAsync(plan.Count);
        await Assertions.Expect(nodes.First).ToHaveAttributeAsync("data-operator", "ProduceResults");
        // Each operator sits inside its parent's list: the tree is as deep as the longest parent chain.
        Assert.True(await page.Locator("#plan ul .plan-node").CountAsync() == plan.Count - 1);
        await workbench.ScreenshotAsync("workbench-plan");

        // Neo4j's lint marks a broken statement as it is typed, before anything runs (its front end loads on first use,
        // hence the longer wait), and leaves valid Cypher 5 alone.
        await page.FillAsync("#statement", "MATCH (n RETURN n");
        await Assertions.Expect(page.Locator(".cm-lintRange-error")).ToHaveTextAsync("RETURN", new() { Timeout = 30_000 });
        await page.FillAsync("#statement", "MATCH (e)-[r]-(o) WHERE type(r) <> 'X' RETURN e, $id, $nope");
        await Assertions.Expect(page.Locator(".cm-lintRange-error")).ToHaveTextAsync("$nope", new() { Timeout = 30_000 });

        AssertOnlyTheServiceWasAsked(workbench, session);
    }

    [SkippableFact]
    public async Task A_global_id_from_GraphiQL_opens_the_neighbourhood_which_the_keyboard_alone_can_expand()
    {
        HeadlessChromium.SkipUnlessInstalled();
        using var factory = Factory();
        await using var session = await BrowserSession.StartAsync(factory);
        var globalId = Convert.ToBase64String(Encoding.UTF8.GetBytes("Facility:heydar-aliyev-road"));
        var workbench = await WorkbenchDriver.OpenAsync(session, "/cypher?node=" + Uri.EscapeDataString(globalId));
        var page = session.Page;

        var neighbours = await RowsAsync(factory, "MATCH (n:Facility {id: 'heydar-aliyev-road'})-[r]-(m) RETURN DISTINCT elementId(m) AS m");
        var drawn = await workbench.GraphAsync(minNodes: neighbours.Count + 1);
        Assert.Equal(neighbours.Count + 1, drawn.Nodes.Count);
        Assert.Contains(drawn.Nodes, n => n is { Label: "Facility", Caption: "Heydar Aliyev road" });

        // Dark theme, then to the drawing with Alt+G, select with the arrows, expand with Enter.
        await page.ClickAsync("#theme");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await page.Keyboard.PressAsync("Alt+G");
        await Assertions.Expect(page.Locator("#graph")).ToBeFocusedAsync();
        var before = drawn.Nodes.Count;
        for (var i = 0; i < drawn.Nodes.Count && await SelectedIsTheRoadOrNothingAsync(page); i++) await page.Keyboard.PressAsync("ArrowRight");
        var selected = await page.EvaluateAsync<string>("() => cy.$('node:selected').id()");
        await Assertions.Expect(page.Locator("#inspector h3")).Not.ToBeEmptyAsync();
        var further = await RowsAsync(factory,
            "MATCH (n)-[]-(m) WHERE elementId(n) = $id RETURN DISTINCT elementId(m) AS m", new Dictionary<string, object?> { ["id"] = selected });
        var want = drawn.Nodes.Select(n => n.Id).Concat(further.Select(row => row[0])).ToHashSet();
        await page.Keyboard.PressAsync("Enter");
        var expanded = await workbench.GraphAsync(minNodes: want.Count);
        Assert.Equal(want, expanded.Nodes.Select(n => n.Id).ToHashSet());
        Assert.True(expanded.Nodes.Count > before, "the selected neighbour has neighbours of its own beyond the road");
        await workbench.ScreenshotAsync("workbench-global-id-dark");

        AssertOnlyTheServiceWasAsked(workbench, session);
    }

    [SkippableFact]
    public async Task GraphiQL_links_the_global_ids_of_a_result_to_their_neighbourhood_in_the_workbench()
    {
        HeadlessChromium.SkipUnlessInstalled();
        var globalId = Convert.ToBase64String(Encoding.UTF8.GetBytes("Facility:heydar-aliyev-road"));
        var examples = Directory.CreateTempSubdirectory("graph-workbench-examples-");
        try
        {
            File.WriteAllText(Path.Combine(examples.FullName, "node.graphql"), $$"""{ node(id: "{{globalId}}") { globalId ... on Facility { name } } }""");
            using var factory = Factory();
            factory.Settings["Graph:GraphQL:ExamplesDirectory"] = examples.FullName;
            await using var session = await BrowserSession.StartAsync(factory);
            var page = session.Page;
            await session.GotoAsync("/graphql");
            await Assertions.Expect(page.Locator(".graphiql-tab")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            await GraphiQLDriver.RunUntilResultContainsAsync(page, "Heydar Aliyev road", TimeSpan.FromSeconds(60));

            await page.GetByLabel("Show Cypher workbench").ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Facility:heydar-aliyev-road" }).ClickAsync();
            await page.WaitForURLAsync($"{session.Origin}/cypher?node={Uri.EscapeDataString(globalId)}");
            var neighbours = await RowsAsync(factory, "MATCH (n:Facility {id: 'heydar-aliyev-road'})-[r]-(m) RETURN DISTINCT elementId(m) AS m");
            var drawn = await new WorkbenchDriver(page).GraphAsync(minNodes: neighbours.Count + 1);
            Assert.Contains(drawn.Nodes, n => n is { Label: "Facility", Caption: "Heydar Aliyev road" });
        }
        finally
        {
            examples.Delete(recursive: true);
        }
    }

    private static SeededApiFactory Factory()
    {
        var factory = new SeededApiFactory();
        // The seeded factory caps /cypher at 5 rows to reach truncation; drawings need the whole answer.
        factory.Settings["Graph:Cypher:MaxRows"] = "1000";
        return factory;
    }

    // The node selected on the drawing is the road itself (which has no neighbours outside the drawing) or none yet.
    private static async Task<bool> SelectedIsTheRoadOrNothingAsync(IPage page) =>
        await page.EvaluateAsync<bool>("() => { const s = cy.$('node:selected'); return s.empty() || s.data('caption') === 'Heydar Aliyev road'; }");

    private static async Task AcceptCompletionAsync(IPage page, string option)
    {
        // The list opens by itself after ':' (without labels if the schema has not arrived yet); when it is not open,
        // Ctrl+Space asks for it at the cursor. The option is then clicked: CodeMirror ignores Enter for 75 ms after
        // the list changes (so a fast typist does not accept by accident), which a test pressing at once would hit.
        var wanted = page.Locator(".cm-tooltip-autocomplete li", new() { HasText = option });
        for (var attempt = 1; ; attempt++)
        {
            if (await page.Locator(".cm-tooltip-autocomplete").CountAsync() == 0) await page.Keyboard.PressAsync("Control+Space");
            try
            {
                await wanted.First.ClickAsync(new() { Timeout = 3_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    private static async Task<List<string[]>> RowsAsync(SeededApiFactory factory, string statement, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        var store = factory.Services.GetRequiredService<IGraphDatabase>();
        var result = await store.RunAsync(statement, parameters, AccessMode.Read);
        return result.Records.Select(r => r.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray()).ToList();
    }

    // Nothing from a CDN or any other host: the page, its bundle and its data all come from the service.
    private static void AssertOnlyTheServiceWasAsked(WorkbenchDriver workbench, BrowserSession session)
    {
        Assert.NotEmpty(workbench.Requests);
        Assert.All(workbench.Requests, url => Assert.True(
            url.StartsWith(session.Origin + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal)
            || url.StartsWith("blob:" + session.Origin + "/", StringComparison.Ordinal),
            $"the page asked {url}, outside the service at {session.Origin}"));
    }
}
