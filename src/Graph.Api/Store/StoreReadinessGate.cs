using Graph.Api.Cypher;
using Graph.Api.GraphQL;
using Graph.Core.Errors;

namespace Graph.Api.Store;

/// <summary>
/// Until the store is ready, requests that need it (GraphQL operations, POST /cypher) get a 503 with
/// a structured error and a Retry-After, instead of a store error after a long wait. Pages (GraphiQL,
/// the Cypher page), the SDL and /healthz stay reachable.
/// </summary>
internal sealed class StoreReadinessGate(RequestDelegate next, StoreReadiness readiness)
{
    public const string GraphQLCode = "STORE_UNAVAILABLE";
    private const string Message = "The graph store is not available yet (Neo4j is starting or unreachable); try again shortly. /healthz/ready says why.";
    private const string RetryAfterSeconds = "5";

    public async Task InvokeAsync(HttpContext context)
    {
        if (readiness.IsReady || !NeedsStore(context.Request))
        {
            await next(context);
            return;
        }
        context.Response.Headers.RetryAfter = RetryAfterSeconds;
        if (IsGraphQL(context.Request))
        {
            var mediaType = GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept) ?? GraphQLMediaTypes.Json;
            await GraphQLErrorBody.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, mediaType, GraphQLCode, Message);
            return;
        }
        await CypherErrorJson.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, new GraphException(ErrorCodes.ServiceUnavailable, Message));
    }

    private static bool NeedsStore(HttpRequest request) =>
        (IsGraphQL(request) && !(HttpMethods.IsGet(request.Method) && GraphQLMediaTypes.WantsHtml(request.Headers.Accept) && !request.Query.ContainsKey("query")))
        || (HttpMethods.IsPost(request.Method) && request.Path.Equals("/cypher", StringComparison.OrdinalIgnoreCase));

    private static bool IsGraphQL(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsPost(request.Method)) && request.Path.Equals("/graphql", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Puts <see cref="StoreReadinessGate"/> at the front of the pipeline, so the store area needs no line in Program.cs.</summary>
internal sealed class StoreReadinessGateStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<StoreReadinessGate>();
        next(app);
    };
}
