namespace Graph.Api.Ui;

/// <summary>The browser side: static assets, the GraphiQL page, and / sending visitors to /graphql.</summary>
internal static class UiEndpoints
{
    public static IServiceCollection AddUi(this IServiceCollection services)
    {
        services.AddSingleton<GraphiQLPage>();
        services.AddSingleton<WorkbenchPage>();
        return services;
    }

    public static WebApplication MapUi(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapGet("/", (HttpContext context) => Results.Redirect($"{context.Request.PathBase}/graphql")).ExcludeFromDescription();
        app.MapGet("/graphiql", (HttpContext context, GraphiQLPage page) => page.WriteAsync(context));
        return app;
    }
}
