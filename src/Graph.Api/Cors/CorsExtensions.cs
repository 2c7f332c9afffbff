using Graph.Api.Auth;
using Graph.Api.Configuration;
using Graph.Api.Cypher;
using Microsoft.Extensions.Options;

namespace Graph.Api.Cors;

/// <summary>
/// Cross-origin access for the origins in <c>Graph:Cors:Origins</c> only; with none configured the
/// service sends no CORS headers and browsers keep other sites out. Configured origins may send the
/// credential headers (Authorization, X-Api-Key).
/// </summary>
internal static class CorsExtensions
{
    public static IServiceCollection AddGraphCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrossOriginOptions>().Bind(configuration.GetSection(CrossOriginOptions.Section))
            .Validate(o => o.Origins.All(IsOrigin), "Graph:Cors:Origins must be origins such as https://app.example.org (scheme, host and optional port; no path, no '*').")
            .ValidateOnStart();
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<CrossOriginOptions>>((cors, settings) =>
        {
            if (settings.Value.Origins.Count == 0) return;
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. settings.Value.Origins])
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", "Accept", "Authorization", AuthSchemes.ApiKeyHeader)
                .WithExposedHeaders("Retry-After", "WWW-Authenticate", CypherHttpHandler.TruncatedHeader)
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
        });
        return services;
    }

    // scheme://host[:port] and nothing more: an origin as browsers send it.
    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), origin.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
