using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.TestSupport.Fakes;

namespace Graph.Core.Tests.Store;

// Locks down the one retry loop: what it retries by default, that a cancelled pause ends it, and that
// a single attempt gives back the failure untouched.
public sealed class RetrierTests
{
    private static readonly GraphException Transient = new(ErrorCodes.ServiceUnavailable, "unavailable");
    private static readonly GraphException Client = new(ErrorCodes.SyntaxError, "bad");

    [Fact]
    public async Task By_default_transient_errors_are_retried_and_client_errors_are_not()
    {
        var clock = new ManualClock { AutoAdvance = true };
        var retrier = new Retrier(new RetryPolicy { MaxAttempts = 4 }, time: clock);
        var failures = new Queue<GraphException>([Transient, Transient, Client]);
        var attempts = 0;

        var error = await Assert.ThrowsAsync<GraphException>(() => retrier.RunAsync<int>(_ =>
        {
            attempts++;
            throw failures.Dequeue();
        }));

        Assert.Same(Client, error);
        Assert.Equal(3, attempts);
        Assert.Equal(2, clock.Delays.Count);
    }

    [Fact]
    public async Task Cancelling_during_a_pause_ends_the_retries()
    {
        var clock = new ManualClock();
        var retrier = new Retrier(new RetryPolicy { MaxAttempts = 10 }, time: clock);
        using var cancel = new CancellationTokenSource();
        var attempts = 0;

        var running = retrier.RunAsync<int>(_ =>
        {
            attempts++;
            throw Transient;
        }, cancel.Token);
        await clock.WhenTimerPendingAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(1, attempts);
        Assert.Equal(0, clock.PendingCount);
    }

    [Fact]
    public async Task With_one_attempt_the_failure_comes_back_unchanged()
    {
        var retrier = new Retrier(RetryPolicy.None);
        var error = await Assert.ThrowsAsync<GraphException>(() => retrier.RunAsync<int>(_ => throw Transient));
        Assert.Same(Transient, error);
    }

    [Fact]
    public void Pauses_are_jittered_within_bounds_and_never_past_the_maximum()
    {
        var policy = new RetryPolicy { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(3), Jitter = 0.5 };
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            Assert.InRange(policy.DelayBefore(2, random).TotalSeconds, 0.5, 1.5);
            Assert.InRange(policy.DelayBefore(6, random).TotalSeconds, 1.5, 3.0);
        }
    }
}
