using System.Text.Json.Nodes;
using Graph.GraphQL.Tests.Support;
using Graph.TestSupport;

namespace Graph.GraphQL.Tests;

// Locks down introspection for IDEs and code generators: graphql-js's standard introspection query (every option on)
// is answered in full, while user selections keep their depth limit and introspection its own finite one.
public sealed class IntrospectionTests
{
    /// <summary>
    /// graphql-js 16's <c>getIntrospectionQuery({ descriptions, specifiedByUrl, directiveIsRepeatable,
    /// schemaDescription, inputValueDeprecation })</c>, printed by the graphql package GraphiQL is built with.
    /// </summary>
    public static string StandardQuery { get; } =
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Graph.GraphQL.Tests", "Resources", "introspection-query.graphql"));

    private static string Code(string json) => (string)Examples.Parse(json)["errors"]![0]!["extensions"]!["code"]!;

    [Fact]
    public async Task The_standard_introspection_query_is_answered_with_the_whole_schema()
    {
        var recording = new RecordingGraphDatabase();
        var service = new KnowledgeGraphQL(recording);

        var result = await service.ExecuteAsync(new GraphQLRequest(StandardQuery, "IntrospectionQuery"));

        Assert.Equal(GraphQLOutcome.Executed, result.Outcome);
        var json = Examples.Parse(result.Json);
        Assert.Null(json["errors"]);
        var schema = json["data"]!["__schema"]!;
        Assert.Equal("Query", (string?)schema["queryType"]!["name"]);
        var query = schema["types"]!.AsArray().Single(t => (string?)t!["name"] == "Query")!;
        var fields = query["fields"]!.AsArray().Select(f => (string?)f!["name"]).ToList();
        Assert.Contains("ministries", fields);
        Assert.Contains("neighbours", fields);
        Assert.Contains(schema["directives"]!.AsArray(), d => (string?)d!["name"] == "deprecated" && d["isRepeatable"] is JsonValue);
        Assert.Empty(recording.Calls);
    }

    [Fact]
    public async Task GraphiQL_s_own_introspection_query_is_answered()
    {
        // GraphiQL 5 asks with inputValueDeprecation and schemaDescription only, as a named operation of its own.
        var query = StandardQuery.Replace("specifiedByURL", "", StringComparison.Ordinal).Replace("isRepeatable", "", StringComparison.Ordinal);

        var result = await new KnowledgeGraphQL(new RecordingGraphDatabase()).ExecuteAsync(new GraphQLRequest(query, "IntrospectionQuery"));

        Assert.Equal(GraphQLOutcome.Executed, result.Outcome);
        Assert.Null(Examples.Parse(result.Json)["errors"]);
    }

    [Fact]
    public async Task A_user_query_deeper_than_MaxDepth_is_still_refused()
    {
        var recording = new RecordingGraphDatabase();
        var service = new KnowledgeGraphQL(recording);
        // 13 levels: over the default MaxDepth of 12.
        var query = "{ states { " + string.Concat(Enumerable.Repeat("agreements { parties { ", 6)) + "name" + new string('}', 12) + " } }";

        var result = await service.ExecuteAsync(new GraphQLRequest(query));

        Assert.Equal(GraphQLOutcome.RequestError, result.Outcome);
        Assert.Equal("QUERY_TOO_DEEP", Code(result.Json));
        Assert.Contains("Graph:GraphQL:MaxDepth", result.Json, StringComparison.Ordinal);
        Assert.Empty(recording.Calls);
    }

    [Fact]
    public async Task User_fields_beside_introspection_keep_their_own_depth_limit()
    {
        var service = new KnowledgeGraphQL(new RecordingGraphDatabase(), new GraphQLOptions { MaxDepth = 2 });

        var introspection = await service.ExecuteAsync(new GraphQLRequest("{ __schema { types { fields { type { ofType { name } } } } } }"));
        var mixed = await service.ExecuteAsync(new GraphQLRequest("{ __typename states { agreements { parties { name } } } }"));

        Assert.Equal(GraphQLOutcome.Executed, introspection.Outcome);
        Assert.Equal("QUERY_TOO_DEEP", Code(mixed.Json));
    }

    [Fact]
    public async Task Introspection_deeper_than_its_own_bound_is_refused()
    {
        var service = new KnowledgeGraphQL(new RecordingGraphDatabase());

        var result = await service.ExecuteAsync(new GraphQLRequest(BombDocuments.DeepOfType(40)));

        Assert.Equal("QUERY_TOO_DEEP", Code(result.Json));
        Assert.Contains("Graph:GraphQL:MaxIntrospectionDepth", result.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_thousand_nested_ofType_are_refused_with_a_coded_error()
    {
        var service = new KnowledgeGraphQL(new RecordingGraphDatabase());

        var result = await service.ExecuteAsync(new GraphQLRequest(BombDocuments.DeepOfType(1_000)));

        Assert.Equal(GraphQLOutcome.RequestError, result.Outcome);
        Assert.False(string.IsNullOrEmpty(Code(result.Json)));
        Assert.DoesNotContain("   at ", result.Json, StringComparison.Ordinal);
    }
}
