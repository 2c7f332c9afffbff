using System.Text.Json.Nodes;
using Graph.Core.Errors;
using Graph.GraphQL;

namespace Graph.CurationSuite;

// Locks down the audit trail: every applied mutation leaves one Change record (who, when, operation, ids, before and
// after) written in its own transaction; editors and admins read it newest first through changes(); nobody else can,
// nobody can write it, and it never shows up among the entities.
public abstract class AuditTrailScenarios(ICurationStore store)
{
    private const string Evidence = CurationGraph.Evidence;

    [SkippableFact]
    public async Task Create_connect_update_delete_each_leave_a_record_with_before_and_after()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        await graph.RunAsync("mutation { createTopics(input: [{ id: \"energy\", name: \"Energy\" }]) { topics { id } } }");
        await graph.RunAsync($$"""
            mutation { updateAgreements(where: { id: { eq: "joint-declaration-2023" } }, update: { topics: [{ connect: [{ where: { node: { id: { eq: "energy" } } },
              edge: { source: "{{CurationGraph.Document}}", evidence: "{{Evidence}}" } }] }] }) { agreements { id } } }
            """);
        await graph.RunAsync("mutation { updateTopics(where: { id: { eq: \"energy\" } }, update: { name: { set: \"Energy cooperation\" } }) { topics { id } } }");
        await graph.RunAsync("mutation { deleteTopics(where: { id: { eq: \"energy\" } }, cascade: true) { nodesDeleted } }");

        var changes = await graph.ChangesAsync();

        Assert.Equal(["deleteTopics", "updateTopics", "updateAgreements", "createTopics"], changes.Select(c => (string)c["operation"]!));
        Assert.All(changes, c => Assert.Equal("test-editor", c["actor"]));
        Assert.All(changes, c => Assert.NotNull(c["at"]));
        Assert.Equal([4L, 3L, 2L, 1L], changes.Select(c => Convert.ToInt64(c["seq"], System.Globalization.CultureInfo.InvariantCulture)));
        var (delete, update, connect, create) = (changes[0], changes[1], changes[2], changes[3]);
        Assert.Equal(["Topic:energy"], Ids(create));
        Assert.Equal(["Agreement:joint-declaration-2023", "Topic:energy"], Ids(connect));

        Assert.Null(Json(create, "before")["nodes"]!["Topic:energy"]);
        Assert.Equal("Energy", (string)Json(create, "after")["nodes"]!["Topic:energy"]!["name"]!);

        const string edge = "(Agreement:joint-declaration-2023)-[:COVERS]->(Topic:energy)";
        Assert.Null(Json(connect, "before")["relationships"]![edge]);
        Assert.Equal(Evidence, (string)Json(connect, "after")["relationships"]![edge]!["evidence"]!);

        Assert.Equal("Energy", (string)Json(update, "before")["nodes"]!["Topic:energy"]!["name"]!);
        Assert.Equal("Energy cooperation", (string)Json(update, "after")["nodes"]!["Topic:energy"]!["name"]!);

        Assert.Equal("Energy cooperation", (string)Json(delete, "before")["nodes"]!["Topic:energy"]!["name"]!);
        Assert.NotNull(Json(delete, "before")["relationships"]![edge]);
        Assert.Empty(Json(delete, "after")["nodes"]!.AsObject());
        Assert.Empty(Json(delete, "after")["relationships"]!.AsObject());
    }

    [SkippableFact]
    public async Task A_mutation_that_matches_nothing_leaves_no_record()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        await graph.RunAsync("mutation { updateTopics(where: { id: { eq: \"no-such-topic\" } }, update: { name: { set: \"X\" } }) { topics { id } } }");
        await graph.RunAsync("mutation { deleteTopics(where: { id: { eq: \"no-such-topic\" } }) { nodesDeleted } }");
        await graph.RunAsync("mutation { createTopics(input: [{ id: \"energy\", name: \"Energy\" }]) { topics { id } } }");

        var changes = await graph.ChangesAsync();

        Assert.Equal(["createTopics"], changes.Select(c => (string)c["operation"]!));
    }

    [SkippableFact]
    public async Task Editors_read_the_trail_newest_first_page_by_page()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        foreach (var id in new[] { "one", "two", "three" })
        {
            await graph.RunAsync($$"""mutation { createTopics(input: [{ id: "{{id}}", name: "{{id}}" }]) { topics { id } } }""");
        }

        var first = await graph.RunAsync("{ changes(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { actor operation ids before after at } } } }");
        var cursor = (string)first["data"]!["changes"]!["pageInfo"]!["endCursor"]!;
        var second = await graph.RunAsync($$"""{ changes(first: 2, after: "{{cursor}}") { pageInfo { hasNextPage } edges { node { ids } } } }""");
        var filtered = await graph.RunAsync("{ changes(where: { ids: { includes: \"Topic:two\" } }) { totalCount edges { node { ids } } } }");

        Assert.Null(first["errors"]);
        var page = first["data"]!["changes"]!;
        Assert.Equal(3, (int)page["totalCount"]!);
        Assert.True((bool)page["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(["Topic:three", "Topic:two"], page["edges"]!.AsArray().Select(e => (string)e!["node"]!["ids"]![0]!));
        Assert.Equal("test-editor", (string)page["edges"]![0]!["node"]!["actor"]!);
        Assert.Equal("createTopics", (string)page["edges"]![0]!["node"]!["operation"]!);
        Assert.StartsWith("20", (string)page["edges"]![0]!["node"]!["at"]!, StringComparison.Ordinal);
        Assert.Equal(["Topic:one"], second["data"]!["changes"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["ids"]![0]!));
        Assert.False((bool)second["data"]!["changes"]!["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(1, (int)filtered["data"]!["changes"]!["totalCount"]!);
    }

    [SkippableTheory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData("reader", "FORBIDDEN")]
    [InlineData("editor", null)]
    [InlineData("admin", null)]
    public async Task Only_editors_and_admins_read_the_trail(string? role, string? code)
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        var caller = role is null ? null : GraphQLCaller.Of("someone", role);

        var response = await graph.RunAsAsync(caller, "{ changes { totalCount } }");

        if (code is null)
        {
            Assert.Null(response["errors"]);
            Assert.Equal(0, (int)response["data"]!["changes"]!["totalCount"]!);
        }
        else
        {
            Assert.Equal(code, (string)response["errors"]![0]!["extensions"]!["code"]!);
            Assert.Null(response["data"]);
        }
    }

    [SkippableFact]
    public async Task The_audit_counter_is_one_node_its_uniqueness_constraint_keeps_so()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        await graph.RunAsync("mutation { createTopics(input: [{ id: \"energy\", name: \"Energy\" }]) { topics { id } } }");

        // The schema (applied with the seed) holds a uniqueness constraint on the counter, so a second counter cannot be made.
        var error = await Assert.ThrowsAsync<GraphException>(() => graph.Database.RunAsync("CREATE (:_AuditSeq {id: 0})"));
        Assert.Equal(ErrorCodes.ConstraintValidationFailed, error.Code);
        Assert.Equal(1, await graph.CountAsync("MATCH (n:_AuditSeq) RETURN count(n)"));
    }

    [SkippableFact]
    public async Task Change_records_are_neither_writable_nor_visible_as_entities()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        await graph.RunAsync("mutation { createTopics(input: [{ id: \"energy\", name: \"Energy\" }]) { topics { id } } }");
        var change = (await graph.ChangesAsync()).Single();
        var id = (string)(await graph.Database.RunAsync("MATCH (c:Change) RETURN c.id AS id")).Records[0]["id"]!;
        var globalId = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("Change:" + id));

        var search = await graph.RunAsync("{ search(text: \"createTopics\") { entity { __typename } } }");
        var node = await graph.RunAsync($$"""{ node(id: "{{globalId}}") { globalId } }""");
        var neighbours = await graph.RunAsync("""{ neighbours(id: "VG9waWM6ZW5lcmd5", depth: 2) { nodes { __typename } } }""");
        var write = await graph.RunAsync("mutation { createChanges(input: [{ id: \"forged\" }]) { info { nodesCreated } } }");

        Assert.NotNull(change["after"]);
        Assert.Empty(search["data"]!["search"]!.AsArray());
        Assert.True(node["errors"] is not null || node["data"]!["node"] is null);
        Assert.DoesNotContain(neighbours["data"]!["neighbours"]!["nodes"]!.AsArray(), n => (string?)n!["__typename"] == "Change");
        Assert.NotNull(write["errors"]);
        Assert.DoesNotContain("createChanges", graph.Service.Sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("ChangeCreateInput", graph.Service.Sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("  Change\n", graph.Service.Sdl, StringComparison.Ordinal); // not a value of enum EntityType
        Assert.Equal(1, await graph.CountAsync("MATCH (c:Change) RETURN count(c)"));
    }

    private static List<string> Ids(Dictionary<string, object?> change) =>
        ((System.Collections.IEnumerable)change["ids"]!).Cast<object?>().Select(i => (string)i!).ToList();

    private static JsonNode Json(Dictionary<string, object?> change, string key) => JsonNode.Parse((string)change[key]!)!;
}
