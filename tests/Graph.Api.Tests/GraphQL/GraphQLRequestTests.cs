using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.GraphQL;

// Locks down what reaches the GraphQL layer from GET and POST: query, operationName, typed variables, and the GET-only-queries flag.
public sealed class GraphQLRequestTests
{
    [Fact]
    public async Task Post_passes_operation_name_and_typed_variables()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        const string body = """
            {"query":"query A { hello } query B { hello }","operationName":"B",
             "variables":{"n":3,"f":1.5,"s":"x","b":true,"z":null,"list":[1,"a"],"map":{"k":2}},
             "extensions":{"persistedQuery":null}}
            """;
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(factory.GraphQL.Requests);
        Assert.Equal("query A { hello } query B { hello }", request.Query);
        Assert.Equal("B", request.OperationName);
        Assert.False(request.QueriesOnly);
        var v = request.Variables!;
        Assert.Equal(3L, v["n"]);
        Assert.Equal(1.5, v["f"]);
        Assert.Equal("x", v["s"]);
        Assert.Equal(true, v["b"]);
        Assert.Null(v["z"]);
        Assert.Equal(new object?[] { 1L, "a" }, (IEnumerable<object?>)v["list"]!);
        Assert.Equal(2L, ((IReadOnlyDictionary<string, object?>)v["map"]!)["k"]);
    }

    [Fact]
    public async Task Get_passes_query_operation_name_and_json_variables_and_forbids_mutations()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var url = "/graphql?query=" + Uri.EscapeDataString("query Q($id: ID!) { hello }")
            + "&operationName=Q&variables=" + Uri.EscapeDataString("""{"id":"kz"}""");
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(factory.GraphQL.Requests);
        Assert.Equal("Q", request.OperationName);
        Assert.True(request.QueriesOnly);
        Assert.Equal("kz", request.Variables!["id"]);
        var data = (await response.JsonAsync()).GetProperty("data");
        Assert.Equal("Q", data.GetProperty("operationName").GetString());
    }

    [Fact]
    public async Task Null_operation_name_and_variables_are_absent()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ hello }","operationName":null,"variables":null}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(factory.GraphQL.Requests);
        Assert.Null(request.OperationName);
        Assert.Null(request.Variables);
    }
}
