using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Hosting;

// Locks down request logging: one structured entry per request with method, path, status and elapsed time, and never the body or query string.
public sealed class RequestLoggingTests
{
    [Fact]
    public async Task Each_request_is_logged_with_method_path_status_and_elapsed_time_but_no_body()
    {
        const string secret = "s3cr3t-variable-value";
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var post = await client.SendAsync(HttpExtensions.PostJson("/graphql", $$$"""{"query":"{ hello }","variables":{"token":"{{{secret}}}"}}"""));
        using var get = await client.GetAsync($"/graphql?query=%7B%20hello%20%7D&variables=%7B%22t%22%3A%22{secret}%22%7D");

        var requests = factory.Logs.Entries.Where(e => e.Category.EndsWith("RequestLoggingMiddleware", StringComparison.Ordinal)).ToList();
        var postEntry = Assert.Single(requests, e => Equals(e.Fields["Method"], "POST"));
        Assert.Equal("/graphql", postEntry.Fields["Path"]);
        Assert.Equal(200, postEntry.Fields["StatusCode"]);
        Assert.IsType<double>(postEntry.Fields["ElapsedMs"]);
        Assert.Single(requests, e => Equals(e.Fields["Method"], "GET") && Equals(e.Fields["Path"], "/graphql"));
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Message.Contains(secret, StringComparison.Ordinal)
            || e.Fields.Values.Any(v => v?.ToString()?.Contains(secret, StringComparison.Ordinal) == true));
    }
}
