using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Graph.LoadGen;

/// <summary>
/// Sends the same GraphQL POST from C concurrent workers, each waiting for its answer before sending
/// the next (closed loop), over C keep-alive connections. Warm-up first, then the measured window:
/// only requests that start and finish inside it count, so the rate is completed requests per second.
/// </summary>
internal sealed class LoadRunner(LoadOptions options)
{
    private readonly byte[] body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["query"] = options.Query });

    public async Task<LoadResult> RunAsync()
    {
        using var client = CreateClient(options.Connections);
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + Ticks(options.Warmup);
        var measureTo = measureFrom + Ticks(options.Duration);

        var latencies = new ConcurrentBag<List<long>>();
        long errors = 0, bytes = 0;
        string? firstError = null;

        async Task Worker()
        {
            var mine = new List<long>(4096);
            latencies.Add(mine);
            while (Stopwatch.GetTimestamp() < measureTo)
            {
                var t0 = Stopwatch.GetTimestamp();
                var (problem, size) = await SendOnceAsync(client);
                var t1 = Stopwatch.GetTimestamp();
                var inWindow = t0 >= measureFrom && t1 <= measureTo;
                if (problem is not null)
                {
                    Interlocked.CompareExchange(ref firstError, problem, null);
                    if (inWindow) Interlocked.Increment(ref errors);
                    continue;
                }
                if (!inWindow) continue;
                mine.Add(t1 - t0);
                Interlocked.Add(ref bytes, size);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, options.Connections).Select(_ => Task.Run(Worker)));

        var stats = new LatencyStats(latencies.SelectMany(l => l));
        var seconds = options.Duration.TotalSeconds;
        return new LoadResult(
            options.Label, options.Connections, seconds, stats.Count, errors,
            stats.Count / seconds, stats.Count == 0 ? null : stats.PercentileMs(50), stats.Count == 0 ? null : stats.PercentileMs(99),
            stats.Count == 0 ? 0 : (double)bytes / stats.Count, firstError);
    }

    /// <summary>One request; returns the response body or the reason it does not count.</summary>
    public async Task<(string? Problem, string Body)> SendOneAsync()
    {
        using var client = CreateClient(1);
        using var response = await client.SendAsync(NewRequest());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (ResponseCheck.Problem((int)response.StatusCode, bytes), System.Text.Encoding.UTF8.GetString(bytes));
    }

    private async Task<(string? Problem, long Size)> SendOnceAsync(HttpClient client)
    {
        try
        {
            using var response = await client.SendAsync(NewRequest());
            var bytes = await response.Content.ReadAsByteArrayAsync();
            return (ResponseCheck.Problem((int)response.StatusCode, bytes), bytes.Length);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // A refused connection or a timeout is an error of the run, not of the tool.
            return ($"{e.GetType().Name}: {e.Message}", 0);
        }
    }

    private HttpRequestMessage NewRequest()
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, options.Url) { Content = content, Version = HttpVersion.Version11 };
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
        return request;
    }

    private static HttpClient CreateClient(int connections) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
        })
        { Timeout = TimeSpan.FromSeconds(60) };

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
