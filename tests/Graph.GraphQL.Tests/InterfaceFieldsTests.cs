using System.Text.Json.Nodes;
using Graph.CurationSuite;
using Graph.GraphQL.Tests.Support;

namespace Graph.GraphQL.Tests;

// Locks down the relationship fields over several kinds beside Agreement.parties: State.institutions (PART_OF,
// Institution = Ministry|Organization), Event.heldIn (HELD_IN, Location = Place|Facility), Place/Facility.locatedIn
// (LOCATED_IN, Area = Place|State) and State/Place.locations (LOCATED_IN reversed, Location). Each is checked on the
// seed against plain Cypher, in one statement, and the seed has both kinds on each, so a field reading one kind fails.
[Collection(SeededGraphCollection.Name)]
public sealed class InterfaceFieldsTests(SeededGraph graph)
{
    [Fact]
    public async Task State_institutions_hold_its_ministries_and_organizations_with_typename_and_fragment_fields()
    {
        var data = await graph.DataAsync("""
            { states(where: { id: { eq: "kazakhstan" } }) {
                institutions(sort: [{ id: ASC }]) { __typename id ... on Ministry { basis } ... on Organization { kind } }
                ministries { id } organizations { id }
                media: institutions(where: { Ministry: { id: { contains: "media" } }, Organization: {} }, sort: [{ id: ASC }]) { id }
                institutionsConnection { totalCount aggregate { count { nodes edges } } }
                councils: institutionsAggregate(where: { typename: [Organization] }) { count } } }
            """);
        var expected = await graph.RowsAsync("MATCH (x)-[:PART_OF]->(:State {id: 'kazakhstan'}) RETURN labels(x)[0] AS label, x.id AS id ORDER BY id");

        var state = data["states"]![0]!;
        var institutions = state["institutions"]!.AsArray();
        Assert.Equal(expected, Typed(institutions));
        Assert.Equal(["Ministry", "Organization"], expected.Select(e => e.Label).Distinct().Order());
        Assert.Equal(SeededReads.Ids(state["ministries"]).Concat(SeededReads.Ids(state["organizations"])).Order(StringComparer.Ordinal), SeededReads.Ids(state["institutions"]));
        Assert.Equal("Council", (string)institutions.Single(i => (string)i!["__typename"]! == "Organization")!["kind"]!);
        Assert.All(institutions.Where(i => (string)i!["__typename"]! == "Ministry"), m => Assert.NotNull(m!["basis"]));
        Assert.Equal(expected.Where(e => e.Label == "Organization" || e.Id.Contains("media", StringComparison.Ordinal)).Select(e => e.Id), SeededReads.Ids(state["media"]));
        Assert.Equal(expected.Count, (int)state["institutionsConnection"]!["totalCount"]!);
        Assert.Equal(expected.Count, (int)state["institutionsConnection"]!["aggregate"]!["count"]!["edges"]!);
        Assert.Equal(expected.Count(e => e.Label == "Organization"), (int)state["councils"]!["count"]!);
    }

    [Fact]
    public async Task Event_heldIn_holds_places_and_facilities_as_place_and_venue_do_together()
    {
        var data = await graph.DataAsync("""
            { events(sort: [{ id: ASC }]) { id heldIn(sort: [{ id: ASC }]) { __typename id ... on Place { kind } ... on Facility { status } } place { id } venue { id } }
              atAkorda: events(where: { heldIn: { some: { Facility: { id: { eq: "akorda" } } } } }) { id } }
            """);
        var expected = await graph.RowsAsync("MATCH (e:Event)-[:HELD_IN]->(x) RETURN e.id + ' ' + labels(x)[0] AS label, x.id AS id ORDER BY label, id");

        var events = data["events"]!.AsArray();
        var actual = events.SelectMany(e => e!["heldIn"]!.AsArray().Select(x => ((string)e["id"]! + " " + (string)x!["__typename"]!, (string)x["id"]!))).Order().ToList();
        Assert.Equal(expected.Order(), actual);
        Assert.Contains(actual, a => a.Item1.EndsWith(" Facility", StringComparison.Ordinal));
        Assert.Contains(actual, a => a.Item1.EndsWith(" Place", StringComparison.Ordinal));
        Assert.All(events, e => Assert.Equal(
            new[] { e!["place"]?["id"], e["venue"]?["id"] }.Where(x => x is not null).Select(x => (string)x!).Order(StringComparer.Ordinal),
            SeededReads.Ids(e["heldIn"])));
        Assert.Equal(["akorda-greeting-ceremony-2023-04-12"], SeededReads.Ids(data["atAkorda"]));
    }

    [Fact]
    public async Task Facility_locatedIn_reaches_a_state_the_location_field_cannot_show()
    {
        var data = await graph.DataAsync("""
            { facilities(sort: [{ id: ASC }]) { id location { id } locatedIn(sort: [{ id: ASC }]) { __typename id ... on State { leaders { id } } ... on Place { kind } } }
              places(sort: [{ id: ASC }]) { id state { id } locatedIn { __typename id } } }
            """);
        var expected = await graph.RowsAsync("MATCH (f:Facility)-[:LOCATED_IN]->(x) RETURN f.id + ' ' + labels(x)[0] AS label, x.id AS id ORDER BY label, id");

        var facilities = data["facilities"]!.AsArray();
        var actual = facilities.SelectMany(f => f!["locatedIn"]!.AsArray().Select(x => ((string)f["id"]! + " " + (string)x!["__typename"]!, (string)x["id"]!))).Order().ToList();
        Assert.Equal(expected.Order(), actual);
        var road = facilities.Single(f => (string)f!["id"]! == "heydar-aliyev-road")!;
        Assert.Null(road["location"]);
        var state = Assert.Single(road["locatedIn"]!.AsArray())!;
        Assert.Equal(("State", "kazakhstan"), ((string)state["__typename"]!, (string)state["id"]!));
        Assert.NotEmpty(state["leaders"]!.AsArray());
        Assert.All(data["places"]!.AsArray(), p => Assert.Equal(SeededReads.Ids(p!["locatedIn"]), new[] { (string)p["state"]!["id"]! }));
    }

    [Fact]
    public async Task State_and_place_locations_hold_both_kinds_and_member_keys_filter_each()
    {
        var data = await graph.DataAsync("""
            { states(sort: [{ id: ASC }]) { id locations(sort: [{ id: ASC }]) { __typename id }
                cities: locations(where: { Place: { kind: { eq: "City" } } }) { id }
                locationsConnection(where: { node: { typename: [Facility] } }) { totalCount edges { node { __typename id } properties { basis note } } } }
              places(where: { id: { eq: "astana" } }) { locations { __typename id } facilities { id } } }
            """);
        var expected = await graph.RowsAsync("MATCH (x)-[:LOCATED_IN]->(s:State) RETURN s.id + ' ' + labels(x)[0] AS label, x.id AS id ORDER BY label, id");
        var cities = await graph.RowsAsync("MATCH (x:Place {kind: 'City'})-[:LOCATED_IN]->(s:State) RETURN s.id AS label, x.id AS id ORDER BY label, id");

        var states = data["states"]!.AsArray();
        var actual = states.SelectMany(s => s!["locations"]!.AsArray().Select(x => ((string)s["id"]! + " " + (string)x!["__typename"]!, (string)x["id"]!))).Order().ToList();
        Assert.Equal(expected.Order(), actual);
        Assert.Contains(("kazakhstan Facility", "heydar-aliyev-road"), actual);
        Assert.Contains(("kazakhstan Place", "astana"), actual);
        Assert.Equal(cities.Order(), states.SelectMany(s => SeededReads.Ids(s!["cities"]).Select(c => ((string)s["id"]!, c))).Order());
        var kazakhstan = states.Single(s => (string)s!["id"]! == "kazakhstan")!;
        var road = Assert.Single(kazakhstan["locationsConnection"]!["edges"]!.AsArray())!;
        Assert.Equal(1, (int)kazakhstan["locationsConnection"]!["totalCount"]!);
        Assert.Equal(("Facility", "heydar-aliyev-road", "implied"), ((string)road["node"]!["__typename"]!, (string)road["node"]!["id"]!, (string)road["properties"]!["basis"]!));
        var astana = data["places"]![0]!;
        Assert.Equal(SeededReads.Ids(astana["facilities"]), SeededReads.Ids(astana["locations"]));
        Assert.Equal(["Facility"], astana["locations"]!.AsArray().Select(x => (string)x!["__typename"]!).Distinct());
    }

    [Fact]
    public async Task Connect_and_disconnect_through_an_interface_field_take_member_type_keys()
    {
        await using var curation = await CurationGraph.SeededAsync();

        var result = await curation.RunAsync("""
            mutation { updateFacilities(where: { id: { eq: "akorda" } }, update: {
              locatedIn: [{ connect: [{ where: { node: { State: { id: { eq: "kazakhstan" } } } }, edge: { basis: "implied", note: "The Akorda is in Astana." } }],
                            disconnect: [{ where: { node: { typename: [Place] } } }] }] }) {
              info { relationshipsCreated relationshipsDeleted } facilities { locatedIn { __typename id } } } }
            """);

        Assert.True(result["errors"] is null, result.ToJsonString());
        var update = result["data"]!["updateFacilities"]!;
        Assert.Equal(1, (int)update["info"]!["relationshipsCreated"]!);
        Assert.Equal(1, (int)update["info"]!["relationshipsDeleted"]!);
        var located = Assert.Single(update["facilities"]![0]!["locatedIn"]!.AsArray())!;
        Assert.Equal(("State", "kazakhstan"), ((string)located["__typename"]!, (string)located["id"]!));
        Assert.Equal(1, await curation.CountAsync("MATCH (:Facility {id: 'akorda'})-[r:LOCATED_IN {basis: 'implied'}]->(:State {id: 'kazakhstan'}) RETURN count(r)"));
        Assert.Equal(0, await curation.CountAsync("MATCH (:Facility {id: 'akorda'})-[r:LOCATED_IN]->(:Place) RETURN count(r)"));
    }

    [Fact]
    public async Task A_relationship_event_names_the_interface_field_and_the_per_kind_field_each()
    {
        await using var curation = await CurationGraph.SeededAsync();
        await using var events = await LiveSubscription.StartAsync(curation.Service,
            "subscription { eventRelationshipCreated { relationshipFieldName eventNode { id } createdRelationship { heldIn { node { __typename id } basis } venue { node { id } } place { node { id } } } } }");
        await using var states = await LiveSubscription.StartAsync(curation.Service,
            "subscription { stateRelationshipCreated(where: { createdRelationship: { locations: {} } }) { relationshipFieldName createdRelationship { locations { node { __typename id } note } } } }");

        await curation.RunAsync("""
            mutation { updateEvents(where: { id: { eq: "astana-talks-2023-04-12" } }, update: {
              heldIn: [{ connect: [{ where: { node: { Facility: { id: { eq: "akorda" } } } }, edge: { basis: "implied", note: "Talks at the Akorda." } }] }] }) { events { id } } }
            """);
        await curation.RunAsync("""
            mutation { updateFacilities(where: { id: { eq: "akorda" } }, update: {
              locatedIn: [{ connect: [{ where: { node: { State: { id: { eq: "kazakhstan" } } } }, edge: { basis: "implied", note: "In Astana." } }] }] }) { facilities { id } } }
            """);

        var first = (await events.NextAsync())["data"]!["eventRelationshipCreated"]!;
        var second = (await events.NextAsync())["data"]!["eventRelationshipCreated"]!;
        var byField = new[] { first, second }.ToDictionary(e => (string)e["relationshipFieldName"]!);
        Assert.Equal(["heldIn", "venue"], byField.Keys.Order(StringComparer.Ordinal));
        var heldIn = byField["heldIn"]["createdRelationship"]!;
        Assert.Equal("FacilityEventPayload", (string)heldIn["heldIn"]!["node"]!["__typename"]!);
        Assert.Equal("akorda", (string)heldIn["heldIn"]!["node"]!["id"]!);
        Assert.Equal("implied", (string)heldIn["heldIn"]!["basis"]!);
        Assert.Null(heldIn["venue"]);
        Assert.Equal("akorda", (string)byField["venue"]["createdRelationship"]!["venue"]!["node"]!["id"]!);
        Assert.All(byField.Values, e => Assert.Equal("astana-talks-2023-04-12", (string)e["eventNode"]!["id"]!));

        var located = (await states.NextAsync())["data"]!["stateRelationshipCreated"]!;
        Assert.Equal("locations", (string)located["relationshipFieldName"]!);
        Assert.Equal(("FacilityEventPayload", "akorda"), ((string)located["createdRelationship"]!["locations"]!["node"]!["__typename"]!, (string)located["createdRelationship"]!["locations"]!["node"]!["id"]!));
    }

    private static List<(string Label, string Id)> Typed(JsonArray nodes) => nodes.Select(n => ((string)n!["__typename"]!, (string)n["id"]!)).ToList();
}
