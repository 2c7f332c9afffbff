using System.Net;
using Graph.Api.Cypher;
using Graph.Api.Tests.Support;
using Graph.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Cypher;

// Locks down what bounds a /cypher request's memory beyond the row cap (CypherEndpointTests): the answer stays within its
// byte budget (and says which limit cut it), statements beyond the concurrency limit get a 503 with Retry-After, and a statement that allocated a lot is followed by a memory release.
public sealed class CypherLimitsTests
{
    [Theory]
    [InlineData("application/json", 1)]
    [InlineData("text/csv", 2)]
    public async Task Rows_past_the_response_byte_budget_are_left_out_and_the_cut_is_reported(string accept, int rowsThatFit)
    {
        using var factory = new ApiFactory();
        factory.Settings["Graph:Cypher:MaxResponseBytes"] = "2048";
        var wide = new string('w', 900);
        factory.Store.Answer("RETURN wide", FakeGraphDatabase.Result(["w"], [wide], [wide], [wide]));
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN wide"}""", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("true", response.Headers.GetValues(CypherHttpHandler.TruncatedHeader).Single());
        var text = await response.Content.ReadAsByteArrayAsync();
        Assert.InRange(text.Length, 900 * rowsThatFit, 2048);
        if (accept == "text/csv")
        {
            Assert.Equal(rowsThatFit + 1, System.Text.Encoding.UTF8.GetString(text).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
            return;
        }
        var body = await response.JsonAsync();
        Assert.Equal(rowsThatFit, body.GetProperty("rows").GetArrayLength());
        Assert.Equal(rowsThatFit, body.GetProperty("rowCount").GetInt32());
        Assert.True(body.GetProperty("truncated").GetBoolean());
        Assert.Equal(CypherAnswer.ByBytes, body.GetProperty("truncatedBy").GetString());
    }

    [Fact]
    public async Task A_statement_beyond_the_concurrency_limit_gets_503_with_retry_after_and_never_reaches_the_store()
    {
        using var factory = new ApiFactory();
        factory.Settings["Graph:Cypher:MaxConcurrentQueries"] = "2";
        factory.Settings["Graph:Cypher:QueueTimeout"] = "00:00:00";
        factory.Settings["Graph:Cypher:Timeout"] = "00:05:00";
        var running = 0;
        var bothRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        factory.Store.Answer("CALL slow", async (_, _) =>
        {
            if (Interlocked.Increment(ref running) == 2) bothRunning.SetResult();
            await release.Task;
            return FakeGraphDatabase.Result(["done"], [true]);
        });
        using var client = factory.CreateClient();

        var first = client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"CALL slow"}"""));
        var second = client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"CALL slow"}"""));
        // A guard against a hang, not a timing assertion: both slow statements reach the store long before.
        await bothRunning.Task.WaitAsync(TimeSpan.FromMinutes(1));
        using var extra = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN 1 AS ok"}"""));
        release.SetResult();
        using var firstResponse = await first;
        using var secondResponse = await second;
        using var afterwards = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN 1 AS ok"}"""));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, extra.StatusCode);
        Assert.Equal("1", extra.Headers.GetValues("Retry-After").Single());
        var error = (await extra.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal(CypherHttpHandler.Busy, error.GetProperty("code").GetString());
        Assert.Contains("Graph:Cypher:MaxConcurrentQueries", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        Assert.Equal(["CALL slow", "CALL slow", "RETURN 1 AS ok"], factory.Store.Calls.Select(c => c.Statement));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("67108864", 1)]
    public async Task A_statement_that_allocated_past_the_threshold_is_followed_by_one_memory_release_per_interval(string threshold, int releases)
    {
        using var factory = new ApiFactory();
        factory.Settings["Graph:Cypher:ReleaseMemoryAfterBytes"] = threshold;
        factory.Settings["Graph:Cypher:ReleaseMemoryInterval"] = "01:00:00";
        factory.Store.Answer("RETURN big", (_, _) =>
        {
            // Stands in for a sort over millions of rows: 80 MB allocated while the statement runs.
            GC.KeepAlive(new byte[80 * 1024 * 1024]);
            return Task.FromResult(FakeGraphDatabase.Result(["ok"], [true]));
        });
        using var client = factory.CreateClient();
        using var first = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN big"}"""));
        using var second = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN big"}"""));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(releases, factory.Services.GetRequiredService<CypherMemoryRelease>().Releases);
    }
}
