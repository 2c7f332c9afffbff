using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Auth;

// Locks down CORS: only the configured origins get CORS headers (and may send the credential headers); with
// none configured, no CORS headers at all.
public sealed class CorsTests
{
    private const string AppOrigin = "https://app.example.org";

    [Fact]
    public async Task A_configured_origin_may_preflight_a_post_with_credential_headers()
    {
        using var factory = new ApiFactory();
        factory.Settings["Graph:Cors:Origins:0"] = AppOrigin;
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight(AppOrigin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(AppOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("x-api-key", allowed, StringComparison.Ordinal);
        Assert.Contains("authorization", allowed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_origin_gets_the_allow_origin_header_on_the_answer()
    {
        using var factory = new ApiFactory();
        factory.Settings["Graph:Cors:Origins:0"] = AppOrigin;
        using var client = factory.CreateClient();
        var request = HttpExtensions.PostJson("/graphql", """{"query":"{ hello }"}""");
        request.Headers.Add("Origin", AppOrigin);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AppOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Theory]
    [InlineData(AppOrigin, "https://evil.example.net")]
    [InlineData(null, AppOrigin)]
    public async Task Other_origins_and_unconfigured_services_get_no_cors_headers(string? configured, string origin)
    {
        using var factory = new ApiFactory();
        if (configured is not null) factory.Settings["Graph:Cors:Origins:0"] = configured;
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight(origin));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Headers"));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("https://app.example.org/path")]
    [InlineData("app.example.org")]
    public void An_origin_that_is_not_scheme_host_and_port_is_refused(string origin)
    {
        var settings = new Dictionary<string, string?> { ["Graph:Cors:Origins:0"] = origin };

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => AccessSettings.Read<Graph.Api.Configuration.CrossOriginOptions>(settings));

        Assert.Contains("Graph:Cors:Origins", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_origins_are_read()
    {
        var settings = new Dictionary<string, string?> { ["Graph:Cors:Origins:0"] = AppOrigin, ["Graph:Cors:Origins:1"] = "http://localhost:5173" };

        Assert.Equal([AppOrigin, "http://localhost:5173"], AccessSettings.Read<Graph.Api.Configuration.CrossOriginOptions>(settings).Origins);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        return request;
    }
}
