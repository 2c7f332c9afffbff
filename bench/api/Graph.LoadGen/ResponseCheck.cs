using System.Text.Json;

namespace Graph.LoadGen;

/// <summary>
/// Whether a GraphQL response counts as a success: HTTP 200, a JSON object whose <c>data</c> is an
/// object, and no <c>errors</c> entry. Only the top level is inspected, with a forward-only reader,
/// so checking a large answer costs little next to receiving it.
/// </summary>
internal static class ResponseCheck
{
    public static string? Problem(int status, ReadOnlySpan<byte> body)
    {
        if (status != 200) return $"HTTP {status}";
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return "body is not a JSON object";
            var hasData = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isData = reader.ValueTextEquals("data"u8);
                var isErrors = reader.ValueTextEquals("errors"u8);
                reader.Read();
                if (isErrors) return "response has errors";
                if (isData) hasData = reader.TokenType == JsonTokenType.StartObject;
                reader.Skip();
            }
            return hasData ? null : "response has no data";
        }
        catch (JsonException e)
        {
            return $"body is not valid JSON: {e.Message}";
        }
    }
}
