using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Graph.Api.Tests.Support;

/// <summary>
/// The host as `dotnet run` starts it (embedded engine, real GraphQL layer, seeded from cypher/ at
/// start-up), with only the /cypher row cap lowered so truncation is reachable.
/// </summary>
public sealed class SeededApiFactory : WebApplicationFactory<Program>
{
    public const int CypherRowCap = 5;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Graph:Store", "Embedded");
        builder.UseSetting("Graph:Seed", "true");
        builder.UseSetting("Graph:DataDirectory", ":memory:");
        builder.UseSetting("Graph:Cypher:MaxRows", CypherRowCap.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
