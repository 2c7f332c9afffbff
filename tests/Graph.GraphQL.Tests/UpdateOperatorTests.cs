using System.Text.Json.Nodes;
using Graph.CurationSuite;

namespace Graph.GraphQL.Tests;

// Locks down the v7 update operators as input objects (set, add/subtract, multiply/divide, push/pop) on the embedded
// engine's seeded graph: the values they leave, typed variables as operands, edge updates, the audit record's
// before/after, and the refusals (one error per field, nothing changed).
public sealed class UpdateOperatorTests
{
    private const string Agreement = "joint-declaration-2023";

    [Fact]
    public async Task Set_add_and_subtract_change_an_int_from_its_stored_value()
    {
        await using var graph = await CurationGraph.SeededAsync();

        Assert.Equal(2020, (int)(await UpdateAsync(graph, "year: { set: 2020 }", "year"))!);
        Assert.Equal(2023, (int)(await UpdateAsync(graph, "year: { add: 3 }", "year"))!);
        Assert.Equal(2021, (int)(await UpdateAsync(graph, "year: { subtract: 2 }", "year"))!);
        Assert.Equal(1, await graph.CountAsync($"MATCH (a:Agreement {{id: '{Agreement}'}}) WHERE a.year = 2021 RETURN count(a)"));
    }

    [Fact]
    public async Task Push_appends_and_pop_removes_from_the_end_of_a_list()
    {
        await using var graph = await CurationGraph.SeededAsync();

        // The seeded agreement has no aliases: the first push starts the list.
        Assert.Equal(["A"], Strings(await UpdateAsync(graph, "aliases: { push: [\"A\"] }", "aliases")));
        Assert.Equal(["A", "B", "C"], Strings(await UpdateAsync(graph, "aliases: { push: [\"B\", \"C\"] }", "aliases")));
        Assert.Equal(["A"], Strings(await UpdateAsync(graph, "aliases: { pop: 2 }", "aliases")));
        // Popping more than the list holds empties it, as Neo4j's list slicing does.
        Assert.Empty(Strings(await UpdateAsync(graph, "aliases: { pop: 5 }", "aliases")));
        Assert.Equal(["X"], Strings(await UpdateAsync(graph, "aliases: { set: [\"X\"] }", "aliases")));
    }

    [Fact]
    public async Task The_same_operator_applies_to_each_matched_node_from_its_own_stored_value()
    {
        await using var graph = await CurationGraph.SeededAsync();
        await graph.RunAsync("mutation { createTopics(input: [{ id: \"t-one\", name: \"One\", aliases: [\"a\"] }, { id: \"t-two\", name: \"Two\", aliases: [\"b\", \"c\"] }]) { topics { id } } }");

        var response = await graph.RunAsync("mutation { updateTopics(where: { id: { startsWith: \"t-\" } }, update: { aliases: { push: [\"z\"] } }) { topics { id aliases } } }");

        Assert.Null(response["errors"]);
        var topics = response["data"]!["updateTopics"]!["topics"]!.AsArray().ToDictionary(t => (string)t!["id"]!, t => Strings(t!["aliases"]));
        Assert.Equal(["a", "z"], topics["t-one"]);
        Assert.Equal(["b", "c", "z"], topics["t-two"]);
    }

    [Fact]
    public async Task Operands_take_typed_variables()
    {
        await using var graph = await CurationGraph.SeededAsync();

        var response = await graph.RunAsync(
            $"mutation($d: Date!, $n: Int!, $note: String) {{ updateAgreements(where: {{ id: {{ eq: \"{Agreement}\" }} }}, update: {{ date: {{ set: $d }}, untilYear: {{ set: $n }}, note: {{ set: $note }} }}) {{ agreements {{ date untilYear note }} }} }}",
            new Dictionary<string, object?> { ["d"] = "2024-01-31", ["n"] = 2030, ["note"] = "Checked." });
        Assert.Null(response["errors"]);
        var added = await graph.RunAsync(
            $"mutation($n: Int!) {{ updateAgreements(where: {{ id: {{ eq: \"{Agreement}\" }} }}, update: {{ untilYear: {{ add: $n }} }}) {{ agreements {{ untilYear }} }} }}",
            new Dictionary<string, object?> { ["n"] = 5 });

        Assert.Null(added["errors"]);
        var agreement = response["data"]!["updateAgreements"]!["agreements"]![0]!;
        Assert.Equal("2024-01-31", (string)agreement["date"]!);
        Assert.Equal("Checked.", (string)agreement["note"]!);
        Assert.Equal(2035, (int)added["data"]!["updateAgreements"]!["agreements"]![0]!["untilYear"]!);
        Assert.Equal(1, await graph.CountAsync($"MATCH (a:Agreement {{id: '{Agreement}'}}) WHERE a.date = date('2024-01-31') AND a.untilYear = 2035 RETURN count(a)"));
    }

    [Fact]
    public async Task Edge_properties_take_operators_and_keep_their_provenance()
    {
        await using var graph = await CurationGraph.SeededAsync();

        var response = await graph.RunAsync("""
            mutation { updateStates(where: { id: { eq: "kazakhstan" } }, update: { tradePartners: [{ update: { where: { node: { id: { eq: "azerbaijan" } } },
              edge: { volumeUsd: { multiply: 2 }, growthPercent: { subtract: 10 } } } }] }) {
              states { tradePartnersConnection(where: { node: { id: { eq: "azerbaijan" } } }) { edges { properties { volumeUsd growthPercent evidence } } } } } }
            """);

        Assert.Null(response["errors"]);
        var edge = response["data"]!["updateStates"]!["states"]![0]!["tradePartnersConnection"]!["edges"]![0]!["properties"]!;
        Assert.Equal(1_000_000_000.0, (double)edge["volumeUsd"]!);
        Assert.Equal(30.0, (double)edge["growthPercent"]!);
        Assert.NotNull((string?)edge["evidence"]);
    }

    [Fact]
    public async Task An_edge_update_needs_its_where_inside_update_and_changes_nothing_without_it()
    {
        await using var graph = await CurationGraph.SeededAsync();
        var before = await graph.DumpAsync();

        var response = await graph.RunAsync("""
            mutation { updateStates(where: { id: { eq: "kazakhstan" } }, update: { tradePartners: [{ update: { edge: { volumeUsd: { add: 1 } } } }] }) { states { id } } }
            """);

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal("update.tradePartners[0].update.where", (string?)error["extensions"]!["field"]);
        Assert.Null(response["data"]);
        Assert.Equal(before, await graph.DumpAsync());
    }

    [Fact]
    public async Task The_audit_record_shows_the_value_before_and_after_an_operator()
    {
        await using var graph = await CurationGraph.SeededAsync();
        await UpdateAsync(graph, "year: { set: 2020 }", "year");
        await UpdateAsync(graph, "year: { add: 5 }", "year");

        var change = (await graph.ChangesAsync())[0];

        const string key = "Agreement:" + Agreement;
        Assert.Equal(2020, (int)Json(change, "before")["nodes"]![key]!["year"]!);
        Assert.Equal(2025, (int)Json(change, "after")["nodes"]![key]!["year"]!);
    }

    public static TheoryData<string, string, string> RefusedByThePlanner => new()
    {
        { "two operators on one field", "year: { set: 1, add: 2 }", "exactly one update operator" },
        { "no operator", "year: {}", "exactly one update operator" },
        { "a negative pop", "aliases: { pop: -1 }", "pop on 'aliases' takes a count" },
        { "add with null", "year: { add: null }", "add on 'year' takes a value of type Int, not null" },
        { "a required value set to null", "name: { set: null }", "'name' is required" },
        { "a blank required value", "name: { set: \" \" }", "'name' is required and cannot be empty" },
        { "a value outside the allowed ones", "basis: { set: \"guessed\" }", "not a valid basis" },
        { "add to a value not stored", "untilYear: { add: 1 }", "has no 'untilYear'" },
    };

    [Theory]
    [MemberData(nameof(RefusedByThePlanner))]
    public async Task Bad_operators_are_refused_with_one_error_for_the_field_and_change_nothing(string why, string update, string message)
    {
        await using var graph = await CurationGraph.SeededAsync();
        await AssertRefusedAsync(graph, why, update, message);
    }

    [Fact]
    public async Task Add_beyond_the_Int_range_is_refused()
    {
        await using var graph = await CurationGraph.SeededAsync();
        await UpdateAsync(graph, "untilYear: { set: 2147483000 }", "untilYear");

        await AssertRefusedAsync(graph, "overflow", "untilYear: { add: 2147483000 }", "outside the Int range");
    }

    private static async Task AssertRefusedAsync(CurationGraph graph, string why, string update, string message)
    {
        var before = await graph.DumpAsync();

        var response = await graph.RunAsync(Mutation(update, "id"));

        var errors = response["errors"]?.AsArray() ?? throw new Xunit.Sdk.XunitException($"{why}: not refused: {response.ToJsonString()}");
        var error = Assert.Single(errors)!;
        Assert.Equal("BAD_USER_INPUT", (string?)error["extensions"]!["code"]);
        Assert.Equal("update." + update[..update.IndexOf(':', StringComparison.Ordinal)], (string?)error["extensions"]!["field"]);
        Assert.Contains(message, (string)error["message"]!, StringComparison.Ordinal);
        Assert.Null(response["data"]);
        Assert.Equal(before, await graph.DumpAsync());
    }

    public static TheoryData<string, string, string> RefusedByTheSchema => new()
    {
        { "add on a string", "note: { add: 1 }", "add" },
        { "push on an int", "year: { push: [1] }", "push" },
        { "the plain value form", "note: \"plain\"", "note" },
        { "a string added to an int", "year: { add: \"1\" }", "add" },
        { "an int pushed to a string list", "aliases: { push: [1] }", "push" },
    };

    [Theory]
    [MemberData(nameof(RefusedByTheSchema))]
    public async Task Operators_of_the_wrong_shape_fail_validation_and_change_nothing(string why, string update, string named)
    {
        await using var graph = await CurationGraph.SeededAsync();
        var before = await graph.DumpAsync();

        var response = await graph.RunAsync(Mutation(update, "id"));

        var errors = response["errors"]?.AsArray() ?? throw new Xunit.Sdk.XunitException($"{why}: not refused: {response.ToJsonString()}");
        var error = Assert.Single(errors)!;
        Assert.Contains(named, (string)error["message"]!, StringComparison.Ordinal);
        Assert.Null(response["data"]);
        Assert.Equal(before, await graph.DumpAsync());
    }

    private static string Mutation(string update, string selection) =>
        $"mutation {{ updateAgreements(where: {{ id: {{ eq: \"{Agreement}\" }} }}, update: {{ {update} }}) {{ agreements {{ {selection} }} }} }}";

    private static async Task<JsonNode?> UpdateAsync(CurationGraph graph, string update, string field)
    {
        var response = await graph.RunAsync(Mutation(update, field));
        Assert.Null(response["errors"]);
        return response["data"]!["updateAgreements"]!["agreements"]![0]![field];
    }

    private static List<string> Strings(JsonNode? list) => list!.AsArray().Select(s => (string)s!).ToList();

    private static JsonNode Json(Dictionary<string, object?> change, string key) => JsonNode.Parse((string)change[key]!)!;
}
