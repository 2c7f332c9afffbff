using System.Text.Json;
using Graph.GraphQL;

namespace Graph.Api.Tests.Support;

/// <summary>
/// Stands in for Graph.GraphQL in host tests: remembers the requests it got and answers by a few
/// fixed rules, so the host's HTTP behaviour can be checked apart from the GraphQL layer.
/// </summary>
internal sealed class FakeKnowledgeGraphQL : IKnowledgeGraphQL
{
    public const string FakeSdl = "type Query {\n  \"Says hello\"\n  hello(name: String): String\n}\n";

    public List<GraphQLRequest> Requests { get; } = [];

    public Func<GraphQLRequest, CancellationToken, Task<GraphQLResult>>? Override { get; set; }

    public string Sdl => FakeSdl;

    public Graph.GraphQL.Subscriptions.SubscriptionHub Subscriptions { get; } = new();

    public async Task<GraphQLStream> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default) =>
        new(await ExecuteAsync(request, cancellationToken));

    public Task<GraphQLResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        lock (Requests) Requests.Add(request);
        if (Override is not null) return Override(request, cancellationToken);

        var text = request.Query.TrimStart();
        if (text.StartsWith("mutation", StringComparison.Ordinal) && request.QueriesOnly)
        {
            return Task.FromResult(new GraphQLResult(GraphQLOutcome.MutationNotAllowed,
                """{"errors":[{"message":"Mutations are not allowed over GET."}]}"""));
        }
        if (text.StartsWith("{ broken", StringComparison.Ordinal))
        {
            return Task.FromResult(new GraphQLResult(GraphQLOutcome.RequestError,
                """{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":9}]}]}"""));
        }
        var echo = JsonSerializer.Serialize(new { hello = "world", operationName = request.OperationName, variables = request.Variables });
        return Task.FromResult(new GraphQLResult(GraphQLOutcome.Executed, $$"""{"data":{{echo}}}"""));
    }
}
