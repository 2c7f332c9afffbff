namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// The in-process event hub: mutations publish the events of a committed transaction here, subscriptions take the
/// ones they filter for. Publishing never waits for a subscriber (each has a bounded queue, see <see cref="Subscriber"/>).
/// Mutations of this service commit one at a time through <see cref="EnterCommitAsync"/>, and publish before the next
/// commits, so subscribers see changes in commit order, which is the audit trail's <c>seq</c> order.
/// </summary>
public sealed class SubscriptionHub
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _commits = new(1, 1);
    private readonly int _capacity;
    private Subscriber[] _subscribers = [];

    public SubscriptionHub(SubscriptionOptions? options = null)
    {
        options ??= new SubscriptionOptions();
        _capacity = Math.Max(1, options.MaxQueuedEvents);
        InstanceId = string.IsNullOrWhiteSpace(options.InstanceId) ? Guid.NewGuid().ToString("N") : options.InstanceId;
    }

    /// <summary>This service instance, as its change records name it; a poller skips its own records.</summary>
    public string InstanceId { get; }

    /// <summary>How many subscriptions are listening now (a closed or disconnected one no longer counts).</summary>
    public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    internal Subscriber Subscribe(Func<GraphEvent, bool> filter)
    {
        var subscriber = new Subscriber(this, filter, _capacity);
        lock (_gate) _subscribers = [.. _subscribers, subscriber];
        return subscriber;
    }

    internal void Remove(Subscriber subscriber)
    {
        lock (_gate) _subscribers = [.. _subscribers.Where(s => s != subscriber)];
    }

    /// <summary>
    /// Holds the commit slot until disposed: the mutation's transaction commits and its events are published inside
    /// it, so no later commit can publish first.
    /// </summary>
    internal async Task<IDisposable> EnterCommitAsync(CancellationToken cancellationToken)
    {
        await _commits.WaitAsync(cancellationToken);
        return new Release(_commits);
    }

    /// <summary>Hands committed events to every subscriber whose filter takes them, stamped with one timestamp.</summary>
    internal void Publish(IReadOnlyList<GraphEvent> events, DateTimeOffset committedAt)
    {
        if (events.Count == 0) return;
        var timestamp = (double)committedAt.ToUnixTimeMilliseconds();
        var subscribers = Volatile.Read(ref _subscribers);
        foreach (var raw in events)
        {
            var stamped = raw with { Timestamp = timestamp };
            foreach (var subscriber in subscribers) subscriber.Offer(stamped);
        }
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) semaphore.Release();
        }
    }
}
