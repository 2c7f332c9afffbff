using System.Text.Json;

namespace Graph.Api.GraphQL;

/// <summary>Writes a GraphQL response that carries only errors (no <c>data</c>), as request errors do.</summary>
internal static class GraphQLErrorBody
{
    public static async Task WriteAsync(HttpContext context, int status, string mediaType, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteStartObject("extensions");
        writer.WriteString("code", code);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
