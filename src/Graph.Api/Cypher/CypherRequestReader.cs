using System.Text.Json;
using Graph.Api.Json;
using Graph.Core.Errors;

namespace Graph.Api.Cypher;

/// <summary>Reads <c>{"statement": "...", "parameters": {...}}</c>; malformed input becomes a GraphException with Neo4j's Request.Invalid code.</summary>
internal static class CypherRequestReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static CypherRequest Read(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = StrictJson.Parse(body, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw Invalid($"The body is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Invalid("The body must be a JSON object with a 'statement' string.");
            if (!root.TryGetProperty("statement", out var statement) || statement.ValueKind != JsonValueKind.String)
                throw Invalid("The 'statement' field is required and must be a string.");
            var text = statement.GetString()!;
            if (string.IsNullOrWhiteSpace(text)) throw Invalid("The 'statement' field must not be empty.");

            IReadOnlyDictionary<string, object?> parameters = new Dictionary<string, object?>();
            if (root.TryGetProperty("parameters", out var p))
            {
                if (p.ValueKind == JsonValueKind.Object) parameters = JsonToClr.ToMap(p);
                else if (p.ValueKind != JsonValueKind.Null) throw Invalid("The 'parameters' field must be an object or null.");
            }
            return new CypherRequest(text, parameters);
        }
    }

    private static GraphException Invalid(string message) => new(ErrorCodes.InvalidRequest, message, ErrorPhase.Compile);
}
