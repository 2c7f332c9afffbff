namespace Graph.Api.Hosting;

/// <summary>Cross-cutting host plumbing: structured errors and request logging.</summary>
internal static class HostingExtensions
{
    public static IServiceCollection AddGraphHosting(this IServiceCollection services)
    {
        services.AddProblemDetails(o =>
            // The exception itself never reaches the client, in any environment.
            o.CustomizeProblemDetails = c => c.ProblemDetails.Extensions.Remove("exception"));
        services.AddExceptionHandler<GraphExceptionHandler>();
        return services;
    }

    public static WebApplication UseGraphHosting(this WebApplication app)
    {
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
