using System.Globalization;
using System.Threading.RateLimiting;
using Graph.Api.Auth;
using Graph.Api.Configuration;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Graph.Api.RateLimiting;

/// <summary>
/// Per-client rate limits with ASP.NET Core's limiter: a fixed window per signed-in name (token subject or
/// API key name), else per remote address. Over the budget: 429 with Retry-After and a structured body.
/// /healthz is never limited, so probes keep working under load.
/// </summary>
internal static class RateLimitExtensions
{
    public static IServiceCollection AddGraphRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(o => o.PermitLimit >= 0 && o.WindowSeconds > 0 && o.QueueLimit >= 0,
                "Graph:RateLimit needs PermitLimit >= 0 (0 turns it off), WindowSeconds > 0 and QueueLimit >= 0.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, settings) =>
        {
            var limits = settings.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits));
            limiter.OnRejected = (rejected, _) => RejectAsync(rejected.HttpContext, rejected.Lease, limits);
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions limits)
    {
        if (limits.PermitLimit == 0 || context.Request.Path.StartsWithSegments("/healthz")) return RateLimitPartition.GetNoLimiter("unlimited");
        return RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.PermitLimit,
            Window = TimeSpan.FromSeconds(limits.WindowSeconds),
            QueueLimit = limits.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    // The kind of sign-in is part of the key, so an API key and a token subject of the same name stay apart.
    private static string ClientOf(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true } identity
            ? $"caller:{identity.AuthenticationType}:{Callers.From(context.User).Name}"
            : $"address:{context.Connection.RemoteIpAddress}";

    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, RateLimitOptions limits)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(limits.WindowSeconds);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await HostRefusal.WriteAsync(context, StatusCodes.Status429TooManyRequests, HostRefusal.RateLimited,
            $"Too many requests: at most {limits.PermitLimit} per {limits.WindowSeconds} s for each client (Graph:RateLimit). Retry after {seconds} s.");
    }
}
