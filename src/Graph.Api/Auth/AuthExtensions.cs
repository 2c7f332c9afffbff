using Graph.Api.Configuration;
using Graph.Api.Cors;
using Graph.Api.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Graph.Api.Auth;

/// <summary>
/// Access to the service, one layer for all doors: CORS, sign-in (JWT bearer tokens and API keys),
/// per-client rate limits and the role policies the endpoints name.
/// </summary>
internal static class AuthExtensions
{
    public static IServiceCollection AddGraphAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGraphCors(configuration);
        services.AddGraphAuth(configuration);
        services.AddGraphRateLimits(configuration);
        return services;
    }

    public static IServiceCollection AddGraphAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(AuthOptions.Section);
        services.AddOptions<AuthOptions>().Bind(section)
            .Configure(o => o.ApiKeys = ApiKeyOptions.ReadAll(section.GetSection("ApiKeys")))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddSingleton<AuthChallenge>();

        services.AddAuthentication(AuthSchemes.Credentials)
            .AddPolicyScheme(AuthSchemes.Credentials, "Bearer token or API key", o => o.ForwardDefaultSelector = SchemeFor)
            .AddJwtBearer(AuthSchemes.Bearer, _ => { })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, _ => { });
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>();

        services.AddAuthorizationBuilder()
            .AddPolicy(AuthSchemes.ReadPolicy, p => p.AddRequirements(new ReadRequirement()))
            .AddPolicy(AuthSchemes.AdminPolicy, p => p.AddRequirements(new RoleRequirement(Graph.GraphQL.Roles.Admin)));
        services.AddSingleton<IAuthorizationHandler, RoleRequirementHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RefusingAuthorizationResultHandler>();
        return services;
    }

    /// <summary>The order matters: CORS answers preflights first; limits partition by the signed-in name.</summary>
    public static WebApplication UseGraphAccess(this WebApplication app)
    {
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseMiddleware<CredentialCheckMiddleware>();
        app.UseAuthorization();
        return app;
    }

    // A bearer token goes to the JWT handler only when tokens are configured; otherwise the credential
    // check refuses it with a clear message. Everything else (an API key or nothing) goes to the key handler.
    private static string SchemeFor(HttpContext context) =>
        context.Request.Headers.Authorization.Count > 0
        && !context.Request.Headers.ContainsKey(AuthSchemes.ApiKeyHeader)
        && context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.Jwt.Configured
            ? AuthSchemes.Bearer
            : AuthSchemes.ApiKey;
}
