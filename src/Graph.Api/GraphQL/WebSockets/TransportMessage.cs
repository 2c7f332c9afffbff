using System.Text;
using System.Text.Json;
using Graph.Api.Json;

namespace Graph.Api.GraphQL.WebSockets;

/// <summary>
/// One graphql-transport-ws message: <c>{type, id?, payload?}</c>. Reading is strict (the request JSON rules of the
/// HTTP endpoint: UTF-8, no duplicate keys, bounded depth); anything else is a protocol error the caller closes with 4400.
/// </summary>
internal sealed record TransportMessage(string Type, string? Id, JsonElement? Payload)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static (TransportMessage? Message, string? Error) Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            using var document = StrictJson.Parse(utf8, DocumentOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, "A message must be a JSON object.");
            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String) return (null, "A message needs a 'type' string.");
            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind != JsonValueKind.String || idElement.GetString() is not { Length: > 0 } text) return (null, "'id' must be a non-empty string.");
                id = text;
            }
            JsonElement? payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : null;
            return (new TransportMessage(type.GetString()!, id, payload), null);
        }
        catch (JsonException e)
        {
            return (null, "The message is not valid JSON: " + e.Message);
        }
    }

    /// <summary>A message whose payload is JSON text already (a GraphQL result, an errors array).</summary>
    public static byte[] Write(string type, string? id = null, string? payloadJson = null)
    {
        var text = new StringBuilder("{\"type\":").Append(JsonSerializer.Serialize(type));
        if (id is not null) text.Append(",\"id\":").Append(JsonSerializer.Serialize(id));
        if (payloadJson is not null) text.Append(",\"payload\":").Append(payloadJson);
        return Encoding.UTF8.GetBytes(text.Append('}').ToString());
    }

    /// <summary>The errors array of a GraphQL result, or one error made of a code and message.</summary>
    public static string Errors(string code, string message) => JsonSerializer.Serialize(new[]
    {
        new Dictionary<string, object?> { ["message"] = message, ["extensions"] = new Dictionary<string, object?> { ["code"] = code } },
    });
}
