using System.Text.Json.Nodes;

namespace Graph.Compat.Tests;

// Locks down that Neo4j's own GraphQL library (npm @neo4j/graphql 7.6.3) runs unchanged on the embedded
// engine: its start-up check accepts it, every statement it sends runs, and its answers equal the project's API.
public sealed class Neo4jGraphQLCompatibilityTests(LibraryRunFixture fixture) : IClassFixture<LibraryRunFixture>
{
    public static TheoryData<string> SharedCases => [.. CompatCases.Shared.Select(c => c.Name)];

    public static TheoryData<string> LibraryOnlyCases => [.. CompatCases.LibraryOnly.Select(c => c.Name)];

    [Fact]
    public void The_library_accepts_the_engine_as_Neo4j_5()
    {
        Assert.Null(fixture.Run.Failure);
        Assert.True(fixture.Run.Compatible);
        Assert.Contains(fixture.Run.Statements, s => s.Query.Contains("dbms.components()", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_statement_the_library_sends_runs()
    {
        var refused = fixture.Run.Statements.Where(s => s.ErrorCode is not null).ToArray();
        Assert.True(refused.Length == 0, "The engine refused what @neo4j/graphql sent:\n" + string.Join("\n\n",
            refused.Select(s => $"{s.ErrorCode}: {s.ErrorMessage}\n{s.Query}\nparameters: {s.Parameters}")));
        // Every case ran at least one statement of its own, so the check above saw real traffic.
        Assert.True(fixture.Run.Statements.Count > CompatCases.Shared.Count + CompatCases.LibraryOnly.Count);
    }

    [Theory]
    [MemberData(nameof(SharedCases))]
    public void The_library_answers_as_the_project_API_does(string name)
    {
        var library = Answer(name);
        Assert.Empty(library.Errors);
        var project = fixture.ProjectAnswers[name]!;
        Assert.Null(project["errors"]);
        Assert.True(JsonNode.DeepEquals(project["data"], library.Data),
            $"{name}\nproject: {project["data"]?.ToJsonString()}\nlibrary: {library.Data?.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(LibraryOnlyCases))]
    public void The_library_only_operations_run_without_errors(string name) => Assert.Empty(Answer(name).Errors);

    [Fact]
    public void Mutations_take_effect_and_are_read_back()
    {
        var read = Answer("read-after-writes").Data!["agreements"]!.AsArray();
        var agreement = Assert.Single(read)!;
        Assert.Equal("Compat Accord", agreement["name"]!.GetValue<string>());
        Assert.Equal(2026, agreement["year"]!.GetValue<int>());
        Assert.Equal("Checked by the suite", agreement["topics"]![0]!["description"]!.GetValue<string>());
        var edge = Assert.Single(agreement["partiesConnection"]!["edges"]!.AsArray())!;
        Assert.Equal("implied", edge["properties"]!["basis"]!.GetValue<string>());
        Assert.Equal("Kazakhstan", edge["node"]!["name"]!.GetValue<string>());
        Assert.Equal(["JD"], Answer("update-pop").Data!["updateAgreements"]!["agreements"]![0]!["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));

        Assert.Equal(1, Answer("create").Data!["createTopics"]!["info"]!["nodesCreated"]!.GetValue<int>());
        Assert.Equal(1, Answer("delete").Data!["deleteAgreements"]!["nodesDeleted"]!.GetValue<int>());
        var after = Answer("read-after-deletes").Data!;
        Assert.Empty(after["topics"]!.AsArray());
        Assert.Empty(after["agreements"]!.AsArray());
    }

    private LibraryAnswer Answer(string name) => fixture.Run.Answers.Single(a => a.Name == name);
}
