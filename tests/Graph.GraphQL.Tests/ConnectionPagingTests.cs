using System.Text.Json.Nodes;
using Graph.Core.Store;
using Graph.GraphQL.Tests.Support;

namespace Graph.GraphQL.Tests;

// Locks down connection answers now that a connection counts its matches and pages them in two subqueries instead of
// slicing one collected list: walking the pages with `after` gives exactly the whole list in the order a plain Cypher
// collect gives it (unsorted: the MATCH's order; sorted: ORDER BY), totalCount is the plain count, hasNextPage is false
// only on the last page, and asking for part of a connection (edges only, totalCount only, pageInfo only) gives the
// same values as asking for all of it.
[Collection(SeededGraphCollection.Name)]
public sealed class ConnectionPagingTests(SeededGraph graph)
{
    private Task<JsonNode> DataAsync(string query) => graph.DataAsync(query);

    private async Task<List<string>> NamesAsync(string statement)
    {
        var record = (await graph.Database.RunAsync(statement, mode: AccessMode.Read)).Records.Single();
        return ((IEnumerable<object?>)record[0]!).Select(v => v?.ToString() ?? "null").ToList();
    }

    /// <summary>
    /// Follows endCursor two edges at a time and asserts the pages are <paramref name="expected"/> in order, every page
    /// counts all of it, and hasNextPage is false exactly on the last page.
    /// </summary>
    private async Task AssertPagesAsync(List<string> expected, Func<string, string> query, Func<JsonNode, JsonNode> connectionOf, Func<JsonNode, string> read)
    {
        var values = new List<string>();
        var after = "null";
        for (var pages = 1; pages <= (expected.Count + 1) / 2; pages++)
        {
            var connection = connectionOf(await DataAsync(query(after)));
            values.AddRange(connection["edges"]!.AsArray().Select(e => read(e!)));
            Assert.Equal(expected.Count, (int)connection["totalCount"]!);
            Assert.Equal(pages < (expected.Count + 1) / 2, (bool)connection["pageInfo"]!["hasNextPage"]!);
            after = "\"" + (string)connection["pageInfo"]!["endCursor"]! + "\"";
        }
        Assert.Equal(expected, values);
    }

    [Theory]
    [InlineData("", "MATCH (a:Agreement) WHERE a.kind = 'Memorandum' RETURN collect(a.name)")]
    [InlineData("sort: [{ name: DESC }], ", "MATCH (a:Agreement) WHERE a.kind = 'Memorandum' WITH a ORDER BY a.name DESC RETURN collect(a.name)")]
    [InlineData("sort: [{ date: ASC }], ", "MATCH (a:Agreement) WHERE a.kind = 'Memorandum' WITH a ORDER BY a.date ASC RETURN collect(a.name)")]
    public async Task The_pages_of_a_filtered_root_connection_are_its_whole_list_in_order(string sort, string plain)
    {
        var expected = await NamesAsync(plain);
        Assert.True(expected.Count > 4, "the seed has several memoranda");

        await AssertPagesAsync(expected,
            after => $$"""{ agreementsConnection(where: { kind: { eq: "Memorandum" } }, {{sort}}first: 2, after: {{after}}) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }""",
            data => data["agreementsConnection"]!, edge => (string)edge["node"]!["name"]!);
    }

    [Fact]
    public async Task The_pages_of_a_relationship_connection_sorted_by_its_node_are_its_whole_list_in_order()
    {
        var expected = await NamesAsync("""
            MATCH (:State {id: 'kazakhstan'})-[r:PARTY_TO]->(a:Agreement) WITH a, r ORDER BY a.name DESC
            RETURN collect(a.name + ' ' + coalesce(r.source, '-'))
            """);
        Assert.True(expected.Count > 4, "the seed records several of Kazakhstan's agreements");

        await AssertPagesAsync(expected,
            after => $$"""{ states(where: { id: { eq: "kazakhstan" } }) { agreementsConnection(sort: [{ node: { name: DESC } }], first: 2, after: {{after}}) { totalCount edges { node { name } properties { source } } pageInfo { hasNextPage endCursor } } } }""",
            data => data["states"]![0]!["agreementsConnection"]!,
            edge => (string)edge["node"]!["name"]! + " " + ((string?)edge["properties"]!["source"] ?? "-"));
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_and_still_counts_every_match()
    {
        var expected = await NamesAsync("MATCH (a:Agreement) WHERE a.kind = 'Memorandum' RETURN collect(a.name)");
        var last = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("arrayconnection:" + (expected.Count + 5)));

        var connection = (await DataAsync($$"""
            { agreementsConnection(where: { kind: { eq: "Memorandum" } }, first: 3, after: "{{last}}") { totalCount edges { node { name } } pageInfo { hasNextPage hasPreviousPage } } }
            """))["agreementsConnection"]!;

        Assert.Empty(connection["edges"]!.AsArray());
        Assert.Equal(expected.Count, (int)connection["totalCount"]!);
        Assert.False((bool)connection["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)connection["pageInfo"]!["hasPreviousPage"]!);
    }

    [Theory]
    [InlineData("edges { node { name } }", "edges")]
    [InlineData("totalCount", "totalCount")]
    [InlineData("pageInfo { hasNextPage endCursor }", "pageInfo")]
    [InlineData("aggregate { count { nodes } }", "aggregate")]
    public async Task Part_of_a_connection_has_the_same_value_as_in_the_whole_connection(string selection, string key)
    {
        const string arguments = """(where: { kind: { eq: "Memorandum" } }, sort: [{ name: ASC }], first: 3)""";
        var whole = (await DataAsync($$"""
            { agreementsConnection{{arguments}} { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } aggregate { count { nodes } } } }
            """))["agreementsConnection"]!;

        var part = (await DataAsync($$"""{ agreementsConnection{{arguments}} { {{selection}} } }"""))["agreementsConnection"]!;

        Assert.Equal(whole[key]!.ToJsonString(), part[key]!.ToJsonString());
        Assert.Single(part.AsObject());
    }
}
