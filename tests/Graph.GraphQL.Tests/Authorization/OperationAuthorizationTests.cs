using Graph.GraphQL.Tests.Support;

namespace Graph.GraphQL.Tests.Authorization;

// Locks down who may run what in the GraphQL layer: a mutation needs the editor role (anonymous: UNAUTHENTICATED,
// signed in without it: FORBIDDEN, and nothing runs), reads need no role here, the chosen operation decides.
public sealed class OperationAuthorizationTests
{
    private const string Mutation = """mutation { deleteTopics(where: { id: { eq: "sports" } }) { nodesDeleted } }""";

    public static TheoryData<string?, string[], GraphQLOutcome, string> Refused => new()
    {
        { null, [], GraphQLOutcome.Unauthenticated, "UNAUTHENTICATED" },
        { "reader-script", [Roles.Reader], GraphQLOutcome.Forbidden, "FORBIDDEN" },
        { "nobody-special", [], GraphQLOutcome.Forbidden, "FORBIDDEN" },
        { "unknown-role", ["curator"], GraphQLOutcome.Forbidden, "FORBIDDEN" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_mutation_without_the_editor_role_is_refused_before_anything_runs(string? name, string[] roles, GraphQLOutcome outcome, string code)
    {
        var recording = new RecordingGraphDatabase();
        var caller = name is null ? null : GraphQLCaller.Of(name, roles);

        var result = await new KnowledgeGraphQL(recording).ExecuteAsync(new GraphQLRequest(Mutation, Caller: caller));

        Assert.Equal(outcome, result.Outcome);
        var body = Examples.Parse(result.Json);
        Assert.Equal(code, (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.False(body.AsObject().ContainsKey("data"), result.Json);
        Assert.Empty(recording.Calls);
    }

    [Fact]
    public async Task The_anonymous_refusal_says_how_to_sign_in_and_how_to_enable_writes()
    {
        var result = await new KnowledgeGraphQL(new RecordingGraphDatabase()).ExecuteAsync(new GraphQLRequest(Mutation));

        var message = (string)Examples.Parse(result.Json)["errors"]![0]!["message"]!;
        Assert.Contains("X-Api-Key", message, StringComparison.Ordinal);
        Assert.Contains("Graph:Auth:ApiKeys", message, StringComparison.Ordinal);
        Assert.Contains("read-only", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Admin)]
    public async Task Editors_and_admins_run_mutations(string role)
    {
        var recording = new RecordingGraphDatabase();

        var result = await new KnowledgeGraphQL(recording).ExecuteAsync(new GraphQLRequest(Mutation, Caller: GraphQLCaller.Of("someone", role)));

        Assert.Equal(GraphQLOutcome.Executed, result.Outcome);
        // A curated mutation runs its checks and its write in one transaction (nothing matches here, so no audit record).
        Assert.Contains(recording.Calls, c => c.Mode == Graph.Core.Store.AccessMode.Write);
        Assert.Null(Examples.Parse(result.Json)["errors"]);
    }

    [Fact]
    public async Task Anonymous_callers_read_and_the_chosen_operation_decides()
    {
        var recording = new RecordingGraphDatabase();
        var document = "query Read { states { name } } " + Mutation.Replace("mutation", "mutation Write", StringComparison.Ordinal);

        var read = await new KnowledgeGraphQL(recording).ExecuteAsync(new GraphQLRequest(document, "Read"));
        var write = await new KnowledgeGraphQL(recording).ExecuteAsync(new GraphQLRequest(document, "Write"));

        Assert.Equal(GraphQLOutcome.Executed, read.Outcome);
        Assert.Equal(GraphQLOutcome.Unauthenticated, write.Outcome);
        Assert.Single(recording.Calls);
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_as_such_whoever_sends_it()
    {
        var result = await new KnowledgeGraphQL(new RecordingGraphDatabase()).ExecuteAsync(new GraphQLRequest(Mutation, QueriesOnly: true));

        Assert.Equal(GraphQLOutcome.MutationNotAllowed, result.Outcome);
    }
}
