namespace Graph.CurationSuite;

// Locks down curation by create: nested create and connect on relationship fields, in one transaction, with
// provenance checked against the cited document and every input value checked against the model.
public abstract class CurationCreateScenarios(ICurationStore store)
{
    private const string Evidence = CurationGraph.Evidence;

    [SkippableFact]
    public async Task Create_with_nested_connect_and_create_writes_the_node_its_relationships_and_their_provenance()
    {
        await using var graph = await CurationGraph.SeededAsync(store);

        var response = await graph.RunAsync($$"""
            mutation {
              createAgreements(input: [{
                id: "transit-protocol-2023", name: "Transit protocol", kind: "Protocol", date: "2023-04-12",
                parties: { connect: [{ where: { node: { id: { in: ["kazakhstan", "azerbaijan"] } } },
                                       edge: { source: "{{CurationGraph.Document}}", evidence: "{{Evidence}}" } }] },
                topics: { create: [{ node: { id: "transit", name: "Transit" }, edge: { basis: "implied", note: "A transit protocol covers transit." } }] }
              }]) {
                info { nodesCreated relationshipsCreated }
                agreements { id kind date parties(sort: [{ id: ASC }]) { id } partiesConnection { edges { properties { source evidence } } } topics { id name } }
              }
            }
            """);

        Assert.Null(response["errors"]);
        var created = response["data"]!["createAgreements"]!;
        Assert.Equal(2, (int)created["info"]!["nodesCreated"]!);
        Assert.Equal(3, (int)created["info"]!["relationshipsCreated"]!);
        var agreement = created["agreements"]![0]!;
        Assert.Equal("2023-04-12", (string)agreement["date"]!);
        Assert.Equal(["azerbaijan", "kazakhstan"], agreement["parties"]!.AsArray().Select(p => (string)p!["id"]!));
        Assert.All(agreement["partiesConnection"]!["edges"]!.AsArray(), e => Assert.Equal(Evidence, (string)e!["properties"]!["evidence"]!));
        Assert.Equal("Transit", (string)agreement["topics"]![0]!["name"]!);
        Assert.Equal(1, await graph.CountAsync("MATCH (a:Agreement {id: 'transit-protocol-2023'}) WHERE a.date = date('2023-04-12') RETURN count(a)"));
    }

    [SkippableFact]
    public async Task Leads_connect_carries_the_relationships_own_edge_properties()
    {
        await using var graph = await CurationGraph.SeededAsync(store);

        var response = await graph.RunAsync($$"""
            mutation {
              createLeaders(input: [{ id: "acting-president", name: "Acting President",
                leads: { connect: [{ where: { node: { id: { eq: "kazakhstan" } } }, edge: { role: "Acting President", basis: "implied", note: "Test fixture." } }] } }]) {
                leaders { leadsConnection { edges { properties { role basis note } node { id } } } }
              }
            }
            """);

        Assert.Null(response["errors"]);
        var edge = response["data"]!["createLeaders"]!["leaders"]![0]!["leadsConnection"]!["edges"]![0]!;
        Assert.Equal("kazakhstan", (string)edge["node"]!["id"]!);
        Assert.Equal("Acting President", (string)edge["properties"]!["role"]!);
    }
}
