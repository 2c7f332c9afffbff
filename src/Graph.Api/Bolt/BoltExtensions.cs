using Graph.Api.Configuration;
using Graph.Bolt.Protocol;
using Graph.Bolt.Server;
using Microsoft.Extensions.Options;

namespace Graph.Api.Bolt;

/// <summary>
/// The Bolt listener (Graph:Bolt) as a hosted service over the configured store, with the service's sign-in and
/// the statement budgets of the /cypher endpoint (Graph:Cypher: Timeout, MaxRows, MaxResponseBytes, and its
/// bound on statements running at once).
/// </summary>
internal static class BoltExtensions
{
    public static IServiceCollection AddBolt(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BoltOptions>().Bind(configuration.GetSection(BoltOptions.Section))
            .Validate(o => !o.Enabled || TryParse(o.Listen), "Graph:Bolt:Listen must be host:port with an IP address, '*' or 'localhost'.")
            .Validate(o => o.MaxConnections > 0 && o.MaxMessageBytes > 0, "Graph:Bolt:MaxConnections and MaxMessageBytes must be positive.")
            .Validate(o => o.IdleTimeout > TimeSpan.Zero && o.HandshakeTimeout > TimeSpan.Zero, "Graph:Bolt:IdleTimeout and HandshakeTimeout must be positive.")
            .ValidateOnStart();
        services.AddSingleton<BoltBookmarks>();
        services.AddSingleton<IBoltAuthenticator, ServiceBoltAuthenticator>();
        services.AddSingleton<IBoltStatementGate, CypherGateForBolt>();
        services.AddSingleton(sp =>
        {
            var cypher = sp.GetRequiredService<IOptions<CypherEndpointOptions>>().Value;
            return new BoltStatementLimits(cypher.Timeout, cypher.MaxRows, cypher.MaxResponseBytes);
        });
        services.AddSingleton<BoltServer>();
        services.AddHostedService(sp => sp.GetRequiredService<BoltServer>());
        return services;
    }

    private static bool TryParse(string listen)
    {
        try
        {
            BoltEndpoint.Parse(listen);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
