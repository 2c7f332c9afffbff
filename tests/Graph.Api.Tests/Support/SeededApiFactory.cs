using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Graph.Api.Tests.Support;

/// <summary>
/// The host as `dotnet run` starts it (embedded engine, real GraphQL layer, seeded from cypher/ at
/// start-up), with only the /cypher row cap lowered so truncation is reachable, and sign-in configured
/// (<see cref="TestSignIn"/>): clients from <see cref="WebApplicationFactory{T}.CreateClient()"/> send the
/// editor's API key, so tests that change the graph are allowed to; <see cref="CreateAnonymousClient"/>
/// sends nothing.
/// </summary>
public class SeededApiFactory : WebApplicationFactory<Program>
{
    public const int CypherRowCap = 5;

    /// <summary>Graph:Auth:AnonymousRead for this host.</summary>
    public bool AnonymousRead { get; init; } = true;

    /// <summary>False leaves sign-in unconfigured: the read-only service `dotnet run` starts by default.</summary>
    public bool SignIn { get; init; } = true;

    /// <summary>Extra settings (rate limits, CORS) applied after the defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove(TestSignIn.ApiKeyHeader);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Graph:Store", "Embedded");
        builder.UseSetting("Graph:Seed", "true");
        builder.UseSetting("Graph:DataDirectory", ":memory:");
        builder.UseSetting("Graph:Cypher:MaxRows", CypherRowCap.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (SignIn) TestSignIn.Configure(builder, AnonymousRead);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(TestSignIn.ApiKeyHeader, TestSignIn.EditorKey);
    }
}
