using System.Text.Json.Nodes;
using Graph.GraphQL;

namespace Graph.CurationSuite;

/// <summary>
/// A subscription started on the GraphQL service (no WebSocket): its results one at a time. Mutations publish before
/// they return, so a test reads the events a mutation made right after it, without waiting on a clock.
/// </summary>
internal sealed class LiveSubscription : IAsyncDisposable
{
    private readonly GraphQLStream _stream;
    private readonly IAsyncEnumerator<GraphQLResult> _results;

    private LiveSubscription(GraphQLStream stream)
    {
        _stream = stream;
        _results = stream.ReadAllAsync().GetAsyncEnumerator();
    }

    public GraphQLStream Stream => _stream;

    public static async Task<LiveSubscription> StartAsync(IKnowledgeGraphQL service, string subscription, GraphQLCaller? caller = null)
    {
        var stream = await service.SubscribeAsync(new GraphQLRequest(subscription, Caller: caller));
        if (stream.Result is { } refused) throw new InvalidOperationException("The subscription did not start: " + refused.Json);
        return new LiveSubscription(stream);
    }

    /// <summary>The next event's result (data under the root field's key); the stream must have one queued or coming.</summary>
    public async Task<JsonNode> NextAsync()
    {
        if (!await _results.MoveNextAsync()) throw new InvalidOperationException("The subscription ended: " + _stream.ErrorsJson);
        return JsonNode.Parse(_results.Current.Json)!;
    }

    public async ValueTask DisposeAsync()
    {
        _stream.Dispose();
        await _results.DisposeAsync();
    }
}
