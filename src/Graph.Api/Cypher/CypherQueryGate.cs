using Graph.Api.Configuration;
using Microsoft.Extensions.Options;

namespace Graph.Api.Cypher;

/// <summary>
/// Admits at most <see cref="CypherEndpointOptions.MaxConcurrentQueries"/> analyst statements at once, so a
/// burst of heavy queries cannot take the host's memory and cores together; the rest wait briefly, then are refused.
/// </summary>
internal sealed class CypherQueryGate(IOptions<CypherEndpointOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentQueries));

    /// <summary>A slot to dispose when the statement's answer is written, or null when none freed in time.</summary>
    public async Task<IDisposable?> TryEnterAsync(CancellationToken cancellationToken)
    {
        var wait = options.Value.QueueTimeout < TimeSpan.Zero ? TimeSpan.Zero : options.Value.QueueTimeout;
        return await _slots.WaitAsync(wait, cancellationToken) ? new Slot(_slots) : null;
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) slots.Release();
        }
    }
}
