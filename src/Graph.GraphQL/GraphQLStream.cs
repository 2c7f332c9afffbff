using System.Runtime.CompilerServices;
using System.Text.Json;
using Graph.GraphQL.Subscriptions;

namespace Graph.GraphQL;

/// <summary>
/// What an operation sent over a WebSocket gives: one <see cref="Result"/> (a query, a mutation, or a request refused
/// before it ran), or a live subscription whose results <see cref="ReadAllAsync"/> yields, one per event, until the
/// stream is disposed or ends with <see cref="ErrorsJson"/> (its subscriber fell too far behind).
/// </summary>
public sealed class GraphQLStream : IDisposable
{
    private readonly Subscriber? _subscriber;
    private readonly Func<GraphEvent, CancellationToken, Task<GraphQLResult>>? _run;

    /// <summary>A stream that is just one result.</summary>
    public GraphQLStream(GraphQLResult result) => Result = result;

    internal GraphQLStream(Subscriber subscriber, Func<GraphEvent, CancellationToken, Task<GraphQLResult>> run)
    {
        _subscriber = subscriber;
        _run = run;
    }

    /// <summary>The one result of an operation that is not a live subscription; null for a subscription.</summary>
    public GraphQLResult? Result { get; }

    /// <summary>
    /// Set once the stream ended because more than <c>MaxQueuedEvents</c> events waited for this subscriber: a JSON
    /// array of GraphQL errors (code <c>SUBSCRIBER_TOO_SLOW</c>), what graphql-transport-ws sends as <c>error</c>.
    /// </summary>
    public string? ErrorsJson => _subscriber is { Overflowed: true } s ? TooSlow(s.Capacity) : null;

    /// <summary>The results of the events this subscription takes, in commit order; ends when the stream ends.</summary>
    public async IAsyncEnumerable<GraphQLResult> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_subscriber is null || _run is null) yield break;
        var events = _subscriber.Events;
        while (await events.WaitToReadAsync(cancellationToken))
        {
            // An overflowed or disposed subscriber sends nothing more, not even the events queued before.
            while (!_subscriber.Ended && events.TryRead(out var graphEvent))
            {
                yield return await _run(graphEvent, cancellationToken);
            }
            if (_subscriber.Ended) yield break;
        }
    }

    public void Dispose() => _subscriber?.Dispose();

    private string TooSlow(int capacity) => JsonSerializer.Serialize(new[]
    {
        new Dictionary<string, object?>
        {
            ["message"] = $"The subscription fell behind: more than {capacity} events waited to be sent, so it was ended " +
                $"({GraphQLOptions.Setting("Subscriptions:" + nameof(SubscriptionOptions.MaxQueuedEvents))}). Subscribe again to continue.",
            ["extensions"] = new Dictionary<string, object?> { ["code"] = "SUBSCRIBER_TOO_SLOW" },
        },
    });
}
