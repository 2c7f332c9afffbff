using Graph.GraphQL.Tests.Support;

namespace Graph.GraphQL.Tests;

// Locks down the request limits and error shape: depth, complexity, size, regex, bad input → coded GraphQL errors, no stack traces.
[Collection(SeededGraphCollection.Name)]
public sealed class LimitTests(SeededGraph graph)
{
    private static string Code(string json) => (string)Examples.Parse(json)["errors"]![0]!["extensions"]!["code"]!;

    [Fact]
    public async Task Too_deep_a_document_is_rejected_before_anything_runs()
    {
        var recording = new RecordingGraphDatabase();
        var service = new KnowledgeGraphQL(recording, new GraphQLOptions { MaxDepth = 3 });

        var result = await service.ExecuteAsync(new GraphQLRequest("{ states { agreements { parties { agreements { name } } } } }"));

        Assert.Equal(GraphQLOutcome.RequestError, result.Outcome);
        Assert.Contains("depth", result.Json, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(recording.Calls);
    }

    [Fact]
    public async Task Too_complex_a_document_is_rejected()
    {
        var recording = new RecordingGraphDatabase();
        var service = new KnowledgeGraphQL(recording, new GraphQLOptions { MaxComplexity = 50 });

        var result = await service.ExecuteAsync(new GraphQLRequest("{ states { name agreements { name signatories { name signed { name } } } } }"));

        Assert.Equal(GraphQLOutcome.RequestError, result.Outcome);
        Assert.Equal("COMPLEXITY", Code(result.Json));
        Assert.Empty(recording.Calls);
    }

    [Fact]
    public async Task Too_long_a_document_is_rejected()
    {
        var service = new KnowledgeGraphQL(new RecordingGraphDatabase(), new GraphQLOptions { MaxDocumentLength = 100 });

        var result = await service.ExecuteAsync(new GraphQLRequest("{ states { name } }" + new string(' ', 200)));

        Assert.Equal(GraphQLOutcome.RequestError, result.Outcome);
        Assert.Equal("DOCUMENT_TOO_LARGE", Code(result.Json));
    }

    [Fact]
    public async Task Regex_filters_are_refused_unless_enabled()
    {
        var recording = new RecordingGraphDatabase();
        var service = new KnowledgeGraphQL(recording);

        var result = await service.ExecuteAsync(new GraphQLRequest("{ states(where: { name: { matches: \"Kaz.*\" } }) { name } }"));

        Assert.Equal("REGEX_DISABLED", Code(result.Json));
        Assert.Empty(recording.Calls);
        Assert.NotNull(Examples.Parse(result.Json)["errors"]![0]!["locations"]);
    }

    [Fact]
    public async Task Regex_filters_work_when_enabled_and_stay_length_bounded()
    {
        var service = new KnowledgeGraphQL(graph.Database, new GraphQLOptions { EnableRegex = true, MaxRegexLength = 10 });

        var ok = Examples.Parse((await service.ExecuteAsync(new GraphQLRequest("{ states(where: { name: { matches: \"Kaz.*\" } }) { name } }"))).Json);
        var tooLong = await service.ExecuteAsync(new GraphQLRequest("{ states(where: { name: { matches: \"Kazakhstan.*\" } }) { name } }"));

        Assert.Equal(["Kazakhstan"], ok["data"]!["states"]!.AsArray().Select(s => (string)s!["name"]!));
        Assert.Equal("REGEX_TOO_LONG", Code(tooLong.Json));
    }

    [Fact]
    public async Task Bad_variables_are_a_request_error_with_a_location()
    {
        var service = new KnowledgeGraphQL(new RecordingGraphDatabase());

        var result = await service.ExecuteAsync(new GraphQLRequest("query($n: Int) { states(limit: $n) { name } }",
            Variables: new Dictionary<string, object?> { ["n"] = "ten" }));

        Assert.Equal(GraphQLOutcome.RequestError, result.Outcome);
        var error = Examples.Parse(result.Json)["errors"]![0]!;
        Assert.NotNull(error["extensions"]!["code"]);
        Assert.NotNull(error["locations"]);
        Assert.Null(Examples.Parse(result.Json)["data"]);
    }

    [Theory]
    [InlineData("{ states { nope } }")]
    [InlineData("{ states(where: { name: { eq: 1 } }) { name } }")]
    [InlineData("{ states { name ")]
    [InlineData("{ node(id: \"not base64!\") { globalId } }")]
    [InlineData("{ node(id: \"VW5rbm93bjp4\") { globalId } }")]
    [InlineData("{ states(limit: -1) { name } }")]
    [InlineData("{ states(limit: 100000000) { name } }")]
    [InlineData("{ statesConnection(after: \"bogus\") { totalCount } }")]
    [InlineData("{ path(from: \"U3RhdGU6a2F6YWtoc3Rhbg==\", to: \"U3RhdGU6a2F6YWtoc3Rhbg==\") { length } }")]
    [InlineData("{ neighbours(id: \"U3RhdGU6a2F6YWtoc3Rhbg==\", depth: 99) { nodes { id } } }")]
    public async Task Bad_input_gives_a_coded_error_and_no_stack_trace(string query)
    {
        var service = new KnowledgeGraphQL(graph.Database);

        var result = await service.ExecuteAsync(new GraphQLRequest(query));

        var errors = Examples.Parse(result.Json)["errors"]!.AsArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.False(string.IsNullOrEmpty((string?)e!["extensions"]?["code"])));
        Assert.DoesNotContain("   at ", result.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_error_is_reported_with_its_Neo4j_code()
    {
        var service = new KnowledgeGraphQL(new FailingGraphDatabase());

        var result = await service.ExecuteAsync(new GraphQLRequest("{ states { name } }"));

        Assert.Equal("STORE_ERROR", Code(result.Json));
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", result.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transient_store_error_says_the_store_is_unavailable()
    {
        var service = new KnowledgeGraphQL(new FailingGraphDatabase(Graph.Core.Errors.ErrorCodes.ServiceUnavailable));

        var result = await service.ExecuteAsync(new GraphQLRequest("{ states { name } }"));

        Assert.Equal("STORE_UNAVAILABLE", Code(result.Json));
        Assert.Contains(Graph.Core.Errors.ErrorCodes.ServiceUnavailable, result.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_runs_no_statement()
    {
        var recording = new RecordingGraphDatabase();
        var service = new KnowledgeGraphQL(recording);

        var result = await service.ExecuteAsync(new GraphQLRequest("{ __schema { queryType { name } } __typename }"));

        Assert.Contains("\"Query\"", result.Json, StringComparison.Ordinal);
        Assert.Empty(recording.Calls);
    }

    private sealed class FailingGraphDatabase(string code = Graph.Core.Errors.ErrorCodes.SyntaxError) : Graph.Core.Store.IGraphDatabase
    {
        public Task<Graph.Core.Store.QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null,
            Graph.Core.Store.AccessMode mode = Graph.Core.Store.AccessMode.Write, CancellationToken cancellationToken = default) =>
            throw new Graph.Core.Errors.GraphException(code, "Invalid input", Graph.Core.Errors.ErrorPhase.Compile, 1, 1);

        public Task<Graph.Core.Store.IGraphTransaction> BeginTransactionAsync(Graph.Core.Store.AccessMode mode = Graph.Core.Store.AccessMode.Write, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
