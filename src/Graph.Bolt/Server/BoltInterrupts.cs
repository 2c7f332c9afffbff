namespace Graph.Bolt.Server;

/// <summary>
/// RESETs seen by a connection's reader ahead of the requests being worked on. Each one cancels the work in hand;
/// until the worker reaches it, the requests queued before it are answered IGNORED (Bolt's INTERRUPTED state).
/// </summary>
internal sealed class BoltInterrupts : IDisposable
{
    private readonly Lock _lock = new();
    private CancellationTokenSource _current = new();
    private int _pending;

    /// <summary>Cancelled when a RESET arrives.</summary>
    public CancellationToken Token
    {
        get
        {
            lock (_lock) return _current.Token;
        }
    }

    public bool Interrupted => Volatile.Read(ref _pending) > 0;

    /// <summary>The reader saw a RESET.</summary>
    public void Arrived()
    {
        lock (_lock)
        {
            _pending++;
            _current.Cancel();
        }
    }

    /// <summary>The worker reached a RESET: work after it runs uninterrupted again.</summary>
    public void Reached()
    {
        lock (_lock)
        {
            if (_pending > 0) _pending--;
            if (_pending > 0 || !_current.IsCancellationRequested) return;
            _current.Dispose();
            _current = new CancellationTokenSource();
        }
    }

    public void Dispose()
    {
        lock (_lock) _current.Dispose();
    }
}
