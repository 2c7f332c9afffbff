using Graph.Api.GraphQL;
using Graph.Core.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Graph.Api.Hosting;

/// <summary>
/// The last line of defence: whatever escapes a handler becomes a structured error (a GraphQL error
/// on /graphql, ProblemDetails elsewhere), never a stack trace. Store errors keep their Neo4j code.
/// </summary>
internal sealed partial class GraphExceptionHandler(IProblemDetailsService problems, ILogger<GraphExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, message) = exception switch
        {
            GraphException e => (GraphErrorStatus.For(e), e.Code, e.Message),
            BadHttpRequestException e => (e.StatusCode, "BAD_REQUEST", e.Message),
            _ => (StatusCodes.Status500InternalServerError, "INTERNAL_SERVER_ERROR", "The server failed to answer this request."),
        };
        if (status >= 500) LogFailure(logger, context.Request.Method, context.Request.Path.Value ?? "/", exception);

        if (context.Request.Path.StartsWithSegments("/graphql"))
        {
            await GraphQLErrorBody.WriteAsync(context, status, GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept) ?? GraphQLMediaTypes.Json, code, message);
            return true;
        }

        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = code, Detail = message },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled failure on {Method} {Path}")]
    private static partial void LogFailure(ILogger logger, string method, string path, Exception exception);
}
