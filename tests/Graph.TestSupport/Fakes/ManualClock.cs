namespace Graph.TestSupport.Fakes;

/// <summary>
/// A clock tests move by hand: timers (and so <c>Task.Delay(…, clock)</c>) wait until the test fires
/// them, or, with <see cref="AutoAdvance"/>, fire at once and move the clock by their due time. Every
/// pause asked for is recorded, so tests can check backoff without sleeping or timing anything.
/// Timers are one-shot (as <c>Task.Delay</c>'s are); a period is ignored.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<PendingTimer> _pending = [];
    private readonly List<TimeSpan> _delays = [];
    private TaskCompletionSource _timerScheduled = NewSignal();
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Fire every timer as soon as it is set (and every pending one when switched on).</summary>
    public bool AutoAdvance
    {
        get
        {
            lock (_lock) return _autoAdvance;
        }
        set
        {
            lock (_lock) _autoAdvance = value;
            if (value) FireAll();
        }
    }

    private bool _autoAdvance;

    /// <summary>The due times of all timers set so far, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_lock) return [.. _delays];
        }
    }

    public int PendingCount
    {
        get
        {
            lock (_lock) return _pending.Count;
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _now;
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (_lock) return _now.UtcTicks;
    }

    /// <summary>Completes once a timer is waiting to be fired.</summary>
    public Task WhenTimerPendingAsync()
    {
        lock (_lock) return _pending.Count > 0 ? Task.CompletedTask : _timerScheduled.Task;
    }

    /// <summary>Moves the clock to the earliest pending timer and fires it; false when none is pending.</summary>
    public bool FireNext()
    {
        PendingTimer? next;
        lock (_lock)
        {
            next = _pending.OrderBy(t => t.Due).FirstOrDefault();
            if (next is null) return false;
            _pending.Remove(next);
            if (next.Due > _now) _now = next.Due;
        }
        next.Fire();
        return true;
    }

    public void FireAll()
    {
        while (FireNext())
        {
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new PendingTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Schedule(PendingTimer timer, TimeSpan dueTime)
    {
        TaskCompletionSource? signal = null;
        var fireNow = false;
        lock (_lock)
        {
            _pending.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan) return;
            _delays.Add(dueTime);
            if (_autoAdvance)
            {
                _now += dueTime;
                fireNow = true;
            }
            else
            {
                timer.Due = _now + dueTime;
                _pending.Add(timer);
                signal = _timerScheduled;
                _timerScheduled = NewSignal();
            }
        }
        if (fireNow) timer.Fire();
        signal?.TrySetResult();
    }

    private void Cancel(PendingTimer timer)
    {
        lock (_lock) _pending.Remove(timer);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class PendingTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset Due { get; set; }

        // Timer callbacks run on the thread pool, as real timers' do, never inline in the test.
        public void Fire() => ThreadPool.QueueUserWorkItem(_ => callback(state));

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Schedule(this, dueTime);
            return true;
        }

        public void Dispose() => clock.Cancel(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
