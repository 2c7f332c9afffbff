namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// Limits of live subscriptions (<c>Graph:GraphQL:Subscriptions</c>). A subscriber never slows a commit: its events
/// wait in a bounded queue and a subscriber that lets the queue fill is ended with an error.
/// </summary>
public sealed class SubscriptionOptions
{
    /// <summary>Events a subscription may have waiting to be sent; one more ends it with <c>SUBSCRIBER_TOO_SLOW</c>.</summary>
    public int MaxQueuedEvents { get; set; } = 256;

    /// <summary>Subscriptions one WebSocket connection may have open at once; one more is refused with an error.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 20;

    /// <summary>WebSocket connections the service accepts at once; one more is refused with 503 before the upgrade.</summary>
    public int MaxConnections { get; set; } = 200;

    /// <summary>How long a new connection may take to send <c>connection_init</c> before it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often the service reads change records other instances of it committed to the same database and
    /// publishes their events (<see cref="ChangePoller"/>); zero turns polling off. Null: 500 ms on Neo4j, off on the
    /// embedded engine, whose store one process owns.
    /// </summary>
    public TimeSpan? PollInterval { get; set; }

    /// <summary>
    /// Names this instance on the change records it writes (so its poller skips them); unset, a new random id each
    /// start. Two running instances must not share one.
    /// </summary>
    public string? InstanceId { get; set; }

    /// <summary>Largest WebSocket message the service reads, in bytes; a larger one closes the connection with 4400.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;
}
