using System.Globalization;
using Graph.Core.Store;

namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// Publishes the events other instances of the service committed to the same database: reads the change records
/// above the last <c>seq</c> it has seen, in order, and hands the events of those another instance made to this
/// instance's hub (its own were published when they committed). The first poll only notes where the trail stands.
/// </summary>
public sealed class ChangePoller(IGraphDatabase database, SubscriptionHub hub)
{
    /// <summary>Records read per poll at most; the rest come with the next one.</summary>
    private const int Batch = 500;

    private long? _seen;

    /// <summary>Reads once and returns how many events it published.</summary>
    public async Task<int> PollOnceAsync(CancellationToken cancellationToken = default)
    {
        if (_seen is not { } seen)
        {
            var start = await database.RunAsync("MATCH (x:Change) RETURN coalesce(max(x.seq), 0) AS seq", null, AccessMode.Read, cancellationToken);
            _seen = Convert.ToInt64(start.Records[0]["seq"], CultureInfo.InvariantCulture);
            return 0;
        }
        var result = await database.RunAsync(
            "MATCH (x:Change) WHERE x.seq > $seen RETURN x.seq AS seq, x.instance AS instance, x.events AS events ORDER BY seq LIMIT $batch",
            new Dictionary<string, object?> { ["seen"] = seen, ["batch"] = Batch }, AccessMode.Read, cancellationToken);
        var published = 0;
        // Held like a local commit's, so this instance's own events never land in the middle of a batch.
        using (await hub.EnterCommitAsync(cancellationToken))
        {
            foreach (var record in result.Records)
            {
                var sequence = Convert.ToInt64(record["seq"], CultureInfo.InvariantCulture);
                _seen = sequence;
                if (record["events"] is not string json || Equals(record["instance"], hub.InstanceId)) continue;
                var events = EventJson.Read(json, sequence);
                hub.Publish(events, DateTimeOffset.UtcNow);
                published += events.Count;
            }
        }
        return published;
    }

    /// <summary>
    /// Polls every <paramref name="interval"/> until cancelled; a failed poll is reported and the next one tries again.
    /// <paramref name="polled"/> runs after each poll that succeeded.
    /// </summary>
    public async Task RunAsync(TimeSpan interval, Action<Exception> onError, CancellationToken cancellationToken, Action? polled = null)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await PollOnceAsync(cancellationToken);
                polled?.Invoke();
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                onError(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }
}
