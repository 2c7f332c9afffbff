using System.Threading.Channels;

namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// One subscription's place in the hub: the events its filter takes wait in a bounded queue until the subscription
/// sends them. When the queue is full the subscriber is ended at once (<see cref="Overflowed"/>) instead of making the
/// publishing commit wait or dropping events silently; the client is told with an error and may subscribe again.
/// </summary>
internal sealed class Subscriber : IDisposable
{
    private readonly SubscriptionHub _hub;
    private readonly Func<GraphEvent, bool> _filter;
    private readonly Channel<GraphEvent> _queue;
    private int _disposed;

    public Subscriber(SubscriptionHub hub, Func<GraphEvent, bool> filter, int capacity)
    {
        _hub = hub;
        _filter = filter;
        Capacity = capacity;
        _queue = Channel.CreateBounded<GraphEvent>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    }

    public int Capacity { get; }

    /// <summary>Set when an event found the queue full: the subscription ends with an error, sending nothing more.</summary>
    public bool Overflowed { get; private set; }

    /// <summary>Overflowed or disposed: nothing more is to be sent, queued events included.</summary>
    public bool Ended => Overflowed || Volatile.Read(ref _disposed) == 1;

    public ChannelReader<GraphEvent> Events => _queue.Reader;

    public void Offer(GraphEvent graphEvent)
    {
        if (Overflowed || !_filter(graphEvent)) return;
        if (_queue.Writer.TryWrite(graphEvent)) return;
        Overflowed = true;
        _queue.Writer.TryComplete();
        _hub.Remove(this);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _queue.Writer.TryComplete();
        _hub.Remove(this);
    }
}
