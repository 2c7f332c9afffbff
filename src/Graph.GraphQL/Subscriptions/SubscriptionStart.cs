using global::GraphQL;
using global::GraphQL.Execution;
using Graph.GraphQL.Execution;

namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// A subscription operation runs its selection once per event, with the event as the root value. The first run, when
/// the client subscribes, only validates and reads the root field and its <c>where</c>: it ends before any resolver.
/// Over HTTP a subscription is refused: it needs the WebSocket at the same path.
/// </summary>
internal static class SubscriptionStart
{
    /// <summary>The code of the error that ends the first run on purpose; its result is never shown.</summary>
    public const string StartedCode = "SUBSCRIPTION_STARTED";

    public static void Prepare(IExecutionContext context, RequestState state)
    {
        if (state.EventRoot is { } root)
        {
            foreach (var (key, value) in root) state.Root[key] = value;
            return;
        }
        if (!state.MaySubscribe)
        {
            throw new ExecutionError("Subscriptions run over a WebSocket (protocol graphql-transport-ws) at this same path, not over HTTP.")
            {
                Code = "SUBSCRIPTION_NEEDS_WEBSOCKET",
            };
        }
        state.SubscriptionRoots = RequestReader.Read(context);
        throw new ExecutionError("The subscription has started.") { Code = StartedCode };
    }
}
