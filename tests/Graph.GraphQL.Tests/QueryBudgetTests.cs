using global::GraphQL;
using global::GraphQL.Execution;
using global::GraphQL.Types;
using global::GraphQL.Validation;
using Graph.GraphQL.Tests.Support;
using Graph.GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Graph.GraphQL.Tests;

// Locks down the selection budget that runs before GraphQL.NET's validation rules: fragment bombs, wide fragments,
// aliases, nesting and fragment cycles are refused with coded errors after a bounded number of steps, and nothing runs.
public sealed class QueryBudgetTests
{
    private static string Code(string json) => (string)Examples.Parse(json)["errors"]![0]!["extensions"]!["code"]!;

    private static string Message(string json) => (string)Examples.Parse(json)["errors"]![0]!["message"]!;

    [Fact]
    public async Task A_27_level_fragment_bomb_is_refused_as_too_complex_and_runs_nothing()
    {
        var query = BombDocuments.DoublingFragments(27);
        Assert.True(query.Length < 1_200);
        var recording = new RecordingGraphDatabase();
        var service = new KnowledgeGraphQL(recording);

        var result = await service.ExecuteAsync(new GraphQLRequest(query));

        Assert.Equal(GraphQLOutcome.RequestError, result.Outcome);
        Assert.Equal("QUERY_TOO_COMPLEX", Code(result.Json));
        Assert.Contains("Graph:GraphQL:MaxSelections", Message(result.Json), StringComparison.Ordinal);
        Assert.Empty(recording.Calls);
    }

    [Fact]
    public void The_budget_measures_a_fragment_bomb_in_as_many_steps_as_the_document_has_selections()
    {
        // 2^26 selections expanded, 2 selections per fragment written: memoised fragment sizes keep the walk at the latter.
        var document = Parser.Parse(BombDocuments.DoublingFragments(27));

        var report = SelectionBudget.Check(document, Operation(document), new GraphQLOptions());

        Assert.Equal("QUERY_TOO_COMPLEX", Assert.Single(report.Errors).Code);
        Assert.InRange(report.Visited, 1, 2 * 27 * 2);
    }

    [Fact]
    public async Task An_over_budget_document_never_reaches_GraphQL_dotNET_validation()
    {
        var inner = new CountingValidator();
        var validator = new BudgetedDocumentValidator(inner, new GraphQLOptions());
        var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), validator);
        var schema = new global::GraphQL.Types.Schema { Query = new HelloQuery() };

        var bomb = await executer.ExecuteAsync(o => { o.Schema = schema; o.Query = "fragment H1 on Query { hello } fragment H2 on Query { ...H1 ...H1 } "
            + string.Concat(Enumerable.Range(3, 30).Select(i => $"fragment H{i} on Query {{ ...H{i - 1} ...H{i - 1} }} ")) + "{ ...H32 }"; });
        var fine = await executer.ExecuteAsync(o => { o.Schema = schema; o.Query = "{ hello }"; });

        Assert.Equal("QUERY_TOO_COMPLEX", Assert.Single(bomb.Errors!).Code);
        Assert.Null(fine.Errors);
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task A_bomb_in_an_operation_that_is_not_selected_is_refused_too()
    {
        // GraphQL.NET's rules walk every operation of the document, not only the one that runs.
        var query = BombDocuments.DoublingFragments(27).Replace("query {", "query Bomb {", StringComparison.Ordinal) + "\nquery Small { states { id } }";
        var service = new KnowledgeGraphQL(new RecordingGraphDatabase());

        var result = await service.ExecuteAsync(new GraphQLRequest(query, OperationName: "Small"));

        Assert.Equal("QUERY_TOO_COMPLEX", Code(result.Json));
    }

    [Theory]
    [InlineData("wide fragment")]
    [InlineData("aliases")]
    public async Task Wide_documents_over_the_budget_are_refused(string shape)
    {
        var query = shape == "aliases" ? BombDocuments.Aliases(150) : BombDocuments.WideFragment(fields: 20, spreads: 20);
        var recording = new RecordingGraphDatabase();
        var service = new KnowledgeGraphQL(recording, new GraphQLOptions { MaxSelections = 100 });

        var result = await service.ExecuteAsync(new GraphQLRequest(query));

        Assert.Equal("QUERY_TOO_COMPLEX", Code(result.Json));
        Assert.Empty(recording.Calls);
    }

    [Theory]
    [InlineData("direct")]
    [InlineData("through fragments")]
    [InlineData("in a fragment nobody spreads")]
    public async Task A_field_repeated_hundreds_of_times_is_refused_before_it_is_compared_pairwise(string shape)
    {
        // 1,800 repeats of states{id} kept OverlappingFieldsCanBeMerged busy for ~10 s; 1,300 stay under the budget in
        // selections (2,600 of 5,000) but not in same-name pairs (844,350).
        var query = shape switch
        {
            "direct" => BombDocuments.Repeats(1_300),
            "through fragments" => BombDocuments.RepeatsThroughFragments(fragments: 10, repeats: 60),
            // The rules compare a fragment's fields even where it is never spread (and report it unused afterwards).
            _ => BombDocuments.RepeatsThroughFragments(fragments: 1, repeats: 150).Replace("query { ...R0 }", "query { states { id } }", StringComparison.Ordinal),
        };
        Assert.True(query.Length <= new GraphQLOptions().MaxDocumentLength);
        var document = Parser.Parse(query);
        var recording = new RecordingGraphDatabase();

        var report = SelectionBudget.Check(document, Operation(document), new GraphQLOptions());
        var result = await new KnowledgeGraphQL(recording).ExecuteAsync(new GraphQLRequest(query));

        var error = Assert.Single(report.Errors);
        Assert.Equal("QUERY_TOO_COMPLEX", error.Code);
        Assert.Contains("'states'", error.Message, StringComparison.Ordinal);
        Assert.InRange(report.Visited, 1, 2 * 1_300 + 20);
        Assert.Equal("QUERY_TOO_COMPLEX", Code(result.Json));
        Assert.Empty(recording.Calls);
    }

    [Fact]
    public async Task Fields_repeated_a_few_times_across_fragments_are_fine()
    {
        var recording = new RecordingGraphDatabase();
        var query = "fragment A on State { id name } fragment B on State { id description } { states { id ...A ...B } }";

        var result = await new KnowledgeGraphQL(recording).ExecuteAsync(new GraphQLRequest(query));

        Assert.Equal(GraphQLOutcome.Executed, result.Outcome);
        Assert.Single(recording.Calls);
    }

    [Fact]
    public async Task Wide_documents_within_the_budget_still_run()
    {
        var recording = new RecordingGraphDatabase();
        var service = new KnowledgeGraphQL(recording, new GraphQLOptions { MaxSelections = 100 });

        var result = await service.ExecuteAsync(new GraphQLRequest(BombDocuments.WideFragment(fields: 5, spreads: 5)));

        Assert.Equal(GraphQLOutcome.Executed, result.Outcome);
        Assert.Single(recording.Calls);
    }

    [Fact]
    public async Task Nested_inline_fragments_count_as_selections_but_not_as_depth()
    {
        var recording = new RecordingGraphDatabase();

        var shallow = await new KnowledgeGraphQL(recording).ExecuteAsync(new GraphQLRequest(BombDocuments.NestedInlineFragments(20)));
        var overBudget = await new KnowledgeGraphQL(recording, new GraphQLOptions { MaxSelections = 10 })
            .ExecuteAsync(new GraphQLRequest(BombDocuments.NestedInlineFragments(20)));

        Assert.Equal(GraphQLOutcome.Executed, shallow.Outcome);
        Assert.Equal("QUERY_TOO_COMPLEX", Code(overBudget.Json));
        Assert.Single(recording.Calls);
    }

    [Fact]
    public async Task Inline_fragments_nested_past_the_parser_limit_are_a_coded_error()
    {
        var result = await new KnowledgeGraphQL(new RecordingGraphDatabase()).ExecuteAsync(new GraphQLRequest(BombDocuments.NestedInlineFragments(1_000)));

        Assert.Equal(GraphQLOutcome.RequestError, result.Outcome);
        Assert.False(string.IsNullOrEmpty(Code(result.Json)));
        Assert.DoesNotContain("   at ", result.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_chain_of_fragments_is_refused_as_too_deeply_nested()
    {
        var result = await new KnowledgeGraphQL(new RecordingGraphDatabase()).ExecuteAsync(new GraphQLRequest(BombDocuments.FragmentChain(400)));

        Assert.Equal(GraphQLOutcome.RequestError, result.Outcome);
        Assert.Equal("QUERY_TOO_DEEP", Code(result.Json));
    }

    [Theory]
    [InlineData("fragment A on Query { ...B } fragment B on Query { ...A } { ...A }")]
    [InlineData("fragment A on Query { ...A } { ...A }")]
    [InlineData("fragment A on State { agreements { parties { ...A } } } { states { ...A } }")]
    [InlineData("fragment A on Query { states { id } ...B } fragment B on Query { ... on Query { ...A } } { states { id } }")]
    public async Task Fragment_cycles_are_a_validation_error(string query)
    {
        var recording = new RecordingGraphDatabase();

        var result = await new KnowledgeGraphQL(recording).ExecuteAsync(new GraphQLRequest(query));

        Assert.Equal(GraphQLOutcome.RequestError, result.Outcome);
        Assert.Equal("NO_FRAGMENT_CYCLES", Code(result.Json));
        Assert.NotNull(Examples.Parse(result.Json)["errors"]![0]!["locations"]);
        Assert.Empty(recording.Calls);
    }

    [Fact]
    public async Task Unknown_fragments_are_left_to_GraphQL_dotNET_to_report()
    {
        var result = await new KnowledgeGraphQL(new RecordingGraphDatabase()).ExecuteAsync(new GraphQLRequest("{ ...Missing }"));

        Assert.Equal(GraphQLOutcome.RequestError, result.Outcome);
        Assert.Contains("Missing", Message(result.Json), StringComparison.Ordinal);
    }

    private static GraphQLOperationDefinition Operation(GraphQLDocument document) => document.Definitions.OfType<GraphQLOperationDefinition>().Last();

    private sealed class CountingValidator : IDocumentValidator
    {
        private readonly DocumentValidator _inner = new();

        public int Calls { get; private set; }

        public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
        {
            Calls++;
            return _inner.ValidateAsync(options);
        }
    }

    private sealed class HelloQuery : ObjectGraphType
    {
        public HelloQuery()
        {
            Name = "Query";
            Field<StringGraphType>("hello").Resolve(_ => "world");
        }
    }
}
