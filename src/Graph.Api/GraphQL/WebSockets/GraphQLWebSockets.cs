using Graph.Api.Auth;
using Graph.GraphQL;

namespace Graph.Api.GraphQL.WebSockets;

/// <summary>
/// The WebSocket side of <c>/graphql</c>: accepts upgrades asking for the graphql-transport-ws subprotocol, at most
/// <c>Graph:GraphQL:Subscriptions:MaxConnections</c> at once (one more is answered 503 before the upgrade), and runs a
/// <see cref="GraphQLWebSocketSession"/> for each.
/// </summary>
internal sealed class GraphQLWebSockets(IKnowledgeGraphQL service, ConnectionSignIn signIn, GraphQLOptions graphQL, ILogger<GraphQLWebSockets> logger)
{
    private readonly object _gate = new();
    private int _open;
    private TaskCompletionSource _idle = Completed();

    /// <summary>Connections open now.</summary>
    public int OpenConnections => Volatile.Read(ref _open);

    /// <summary>Completes once no connection is open (at once if none is): every session has cleaned up.</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate) return _idle.Task;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var options = graphQL.Subscriptions;
        bool admitted;
        lock (_gate)
        {
            admitted = _open < options.MaxConnections;
            if (admitted && _open++ == 0) _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        if (!admitted)
        {
            context.Response.Headers.RetryAfter = "5";
            await HostRefusal.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "TOO_MANY_CONNECTIONS",
                $"The service has {options.MaxConnections} WebSocket connections open (Graph:GraphQL:Subscriptions:MaxConnections); try again shortly.");
            return;
        }
        try
        {
            var protocol = context.WebSockets.WebSocketRequestedProtocols.Contains(CloseCodes.Subprotocol) ? CloseCodes.Subprotocol : null;
            using var socket = await context.WebSockets.AcceptWebSocketAsync(protocol);
            if (protocol is null)
            {
                await socket.CloseOutputAsync((System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable,
                    "Subprotocol not acceptable: use graphql-transport-ws", context.RequestAborted);
                return;
            }
            await new GraphQLWebSocketSession(socket, context, service, signIn, options, logger).RunAsync();
        }
        finally
        {
            lock (_gate)
            {
                if (--_open == 0) _idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
