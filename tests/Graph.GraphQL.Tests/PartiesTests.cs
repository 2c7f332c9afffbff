using System.Text.Json.Nodes;
using Graph.CurationSuite;
using Graph.GraphQL.Tests.Support;

namespace Graph.GraphQL.Tests;

// Locks down Agreement.parties as one field over states, ministries and organizations (the Party interface): every
// kind comes back with its __typename and fragment fields, per-member-type where and typename narrow it, and the
// connection counts all of them, each checked on the seed against plain Cypher.
[Collection(SeededGraphCollection.Name)]
public sealed class PartiesTests(SeededGraph graph)
{
    private const string Agreement = "mou-media-2023";

    [Fact]
    public async Task Parties_hold_every_kind_of_party_with_its_typename_and_fragment_fields()
    {
        var data = await graph.DataAsync($$"""
            { agreements(where: { id: { eq: "{{Agreement}}" } }) { parties(sort: [{ id: ASC }]) { __typename id ... on Ministry { state { id } } ... on State { leaders { id } } } } }
            """);
        var expected = await graph.RowsAsync($"MATCH (p)-[:PARTY_TO]->(:Agreement {{id: '{Agreement}'}}) RETURN labels(p)[0] AS label, p.id AS id ORDER BY id");

        var parties = data["agreements"]![0]!["parties"]!.AsArray();
        Assert.Equal(expected, parties.Select(p => ((string)p!["__typename"]!, (string)p["id"]!)).ToList());
        Assert.Contains("Ministry", expected.Select(e => e.Label));
        Assert.Contains("State", expected.Select(e => e.Label));
        Assert.All(parties.Where(p => (string)p!["__typename"]! == "Ministry"), m => Assert.NotNull(m!["state"]!["id"]));
        Assert.All(parties.Where(p => (string)p!["__typename"]! == "State"), s => Assert.NotNull(s!["leaders"]));
        Assert.All(parties.Where(p => (string)p!["__typename"]! == "State"), s => Assert.Null(s!["state"]));
    }

    [Fact]
    public async Task Member_type_keys_keep_only_those_types_each_filtered_and_typename_narrows()
    {
        var data = await graph.DataAsync($$"""
            { agreements(where: { id: { eq: "{{Agreement}}" } }) {
                media: parties(where: { Ministry: { id: { startsWith: "kazakhstan" } } }, sort: [{ id: ASC }]) { id }
                mixed: parties(where: { Ministry: { id: { startsWith: "kazakhstan" } }, State: {} }, sort: [{ id: ASC }]) { id }
                ministries: parties(where: { typename: [Ministry] }, sort: [{ id: ASC }]) { id } } }
            """);
        var all = await graph.RowsAsync($"MATCH (p)-[:PARTY_TO]->(:Agreement {{id: '{Agreement}'}}) RETURN labels(p)[0] AS label, p.id AS id ORDER BY id");

        var agreement = data["agreements"]![0]!;
        Assert.Equal(all.Where(p => p.Label == "Ministry" && p.Id.StartsWith("kazakhstan", StringComparison.Ordinal)).Select(p => p.Id), SeededReads.Ids(agreement["media"]));
        Assert.Equal(all.Where(p => p.Label == "State" || (p.Label == "Ministry" && p.Id.StartsWith("kazakhstan", StringComparison.Ordinal))).Select(p => p.Id), SeededReads.Ids(agreement["mixed"]));
        Assert.Single(SeededReads.Ids(agreement["media"]));
        Assert.Equal(all.Where(p => p.Label == "Ministry").Select(p => p.Id), SeededReads.Ids(agreement["ministries"]));
    }

    [Fact]
    public async Task The_parties_connection_counts_every_kind_and_filters_by_typename()
    {
        var data = await graph.DataAsync($$"""
            { agreements(where: { id: { eq: "{{Agreement}}" } }) {
                all: partiesConnection { totalCount aggregate { count { nodes } } edges { node { __typename } properties { source } } }
                states: partiesConnection(where: { node: { typename: [State] } }) { totalCount } } }
            """);
        var expected = await graph.RowsAsync($"MATCH (p)-[:PARTY_TO]->(:Agreement {{id: '{Agreement}'}}) RETURN labels(p)[0] AS label, p.id AS id");

        var agreement = data["agreements"]![0]!;
        Assert.Equal(expected.Count, (int)agreement["all"]!["totalCount"]!);
        Assert.Equal(expected.Count, (int)agreement["all"]!["aggregate"]!["count"]!["nodes"]!);
        Assert.Equal(expected.Select(e => e.Label).Order(), agreement["all"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["__typename"]!).Order());
        Assert.Equal(expected.Count(e => e.Label == "State"), (int)agreement["states"]!["totalCount"]!);
    }
}
