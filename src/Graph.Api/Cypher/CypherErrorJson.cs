using System.Text.Json;
using Graph.Api.Json;
using Graph.Core.Errors;

namespace Graph.Api.Cypher;

/// <summary>
/// A store error as JSON, in the shape of Neo4j's Query API errors plus where it happened:
/// <c>{"errors": [{"code", "message", "phase", "position": {"line", "column"}}]}</c>.
/// </summary>
internal static class CypherErrorJson
{
    public static async Task WriteAsync(HttpContext context, int status, GraphException error)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body, ReadableJson.Options);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("code", error.Code);
        writer.WriteString("message", error.Message);
        writer.WriteString("phase", error.Phase == ErrorPhase.Compile ? "compile" : "runtime");
        if (error.Line is { } line)
        {
            writer.WriteStartObject("position");
            writer.WriteNumber("line", line);
            if (error.Column is { } column) writer.WriteNumber("column", column);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
