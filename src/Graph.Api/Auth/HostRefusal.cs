using System.Text.Json;
using Graph.Api.GraphQL;
using Microsoft.AspNetCore.Mvc;

namespace Graph.Api.Auth;

/// <summary>
/// A request the host turns away before any handler runs (sign-in, role, rate limit), written in the
/// shape the endpoint's clients already read: a GraphQL error on /graphql, the <c>{"errors": [{code,
/// message}]}</c> of /cypher there, ProblemDetails elsewhere. The code is the same word everywhere.
/// </summary>
internal static class HostRefusal
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string RateLimited = "RATE_LIMITED";

    public static async Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/graphql"))
        {
            var mediaType = GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept) ?? GraphQLMediaTypes.Json;
            await GraphQLErrorBody.WriteAsync(context, status, mediaType, code, message);
            return;
        }

        context.Response.StatusCode = status;
        if (path.StartsWithSegments("/cypher"))
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await using var writer = new Utf8JsonWriter(context.Response.Body);
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(context.RequestAborted);
            return;
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = code, Detail = message },
        });
    }
}
