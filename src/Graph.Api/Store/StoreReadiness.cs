namespace Graph.Api.Store;

/// <summary>
/// Whether the store can take requests now. The embedded store is ready from the start (it opens and
/// seeds before the server listens); a Neo4j store becomes ready once Neo4j answers and the seed is
/// applied, and is not ready again while Neo4j is away.
/// </summary>
internal sealed class StoreReadiness
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = NewSignal();

    public bool IsReady
    {
        get
        {
            lock (_lock) return _ready;
        }
    }

    private bool _ready = true;

    public string Summary
    {
        get
        {
            lock (_lock) return _summary;
        }
    }

    private string _summary = "The store opened at start-up.";

    public void Ready(string summary) => Set(true, summary);

    public void NotReady(string reason) => Set(false, reason);

    /// <summary>Completes once readiness is <paramref name="ready"/> (at once if it already is).</summary>
    public async Task WaitUntilAsync(bool ready, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_ready == ready) return;
                changed = _changed.Task;
            }
            await changed.WaitAsync(cancellationToken);
        }
    }

    private void Set(bool ready, string summary)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _ready = ready;
            _summary = summary;
            changed = _changed;
            _changed = NewSignal();
        }
        changed.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
