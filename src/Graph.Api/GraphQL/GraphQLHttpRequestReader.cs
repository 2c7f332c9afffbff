using System.Text.Json;
using Graph.Api.Hosting;
using Graph.Api.Json;
using Graph.GraphQL;

namespace Graph.Api.GraphQL;

/// <summary>
/// Reads a GraphQL-over-HTTP request: a JSON body on POST, URL parameters on GET (where
/// <c>variables</c> and <c>extensions</c> are JSON text). Every malformed part becomes a
/// <see cref="GraphQLHttpError"/>; nothing here throws for bad input.
/// </summary>
internal static class GraphQLHttpRequestReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static (GraphQLRequest? Request, GraphQLHttpError? Error) ReadGet(HttpRequest http, int maxBytes)
    {
        if (http.QueryString.Value is { } qs && qs.Length > maxBytes) return (null, GraphQLHttpError.TooLarge(maxBytes));
        if (http.QueryString.Value is { } raw && !UnicodeText.PercentDecodesToUtf8(raw))
            return (null, GraphQLHttpError.BadRequest("The URL's query string is not UTF-8 once its %-escapes are decoded (an escape such as %ED%A0%80 spells a lone surrogate)."));

        var q = http.Query;
        if (q["query"].Count > 1 || q["operationName"].Count > 1 || q["variables"].Count > 1 || q["extensions"].Count > 1)
            return (null, GraphQLHttpError.BadRequest("Each of query, operationName, variables and extensions may be given once."));
        var query = q["query"].ToString();
        if (string.IsNullOrEmpty(query)) return (null, GraphQLHttpError.BadRequest("The 'query' parameter is required."));

        var operationName = q["operationName"].Count == 0 || q["operationName"].ToString().Length == 0 ? null : q["operationName"].ToString();
        var (variables, error) = ParseObjectParameter(q["variables"].ToString(), "variables");
        if (error is not null) return (null, error);
        (_, error) = ParseObjectParameter(q["extensions"].ToString(), "extensions");
        if (error is not null) return (null, error);

        return (new GraphQLRequest(query, operationName, variables, QueriesOnly: true), null);
    }

    public static async Task<(GraphQLRequest? Request, GraphQLHttpError? Error)> ReadPostAsync(HttpRequest http, int maxBytes, CancellationToken cancellationToken)
    {
        // The spec requires application/json for POST; a charset other than UTF-8 cannot be honoured.
        if (!JsonContentType.IsJson(http.ContentType))
        {
            return (null, new GraphQLHttpError(
                StatusCodes.Status415UnsupportedMediaType,
                "UNSUPPORTED_MEDIA_TYPE",
                "POST bodies must be application/json (UTF-8)."));
        }

        var body = await BoundedBody.ReadAsync(http, maxBytes, cancellationToken);
        if (body is null) return (null, GraphQLHttpError.TooLarge(maxBytes));

        JsonDocument document;
        try
        {
            document = StrictJson.Parse(body, DocumentOptions);
        }
        catch (JsonException e)
        {
            return (null, GraphQLHttpError.BadRequest($"The body is not valid JSON: {e.Message}"));
        }

        using (document)
        {
            return ReadBody(document.RootElement);
        }
    }

    /// <summary>A request object (<c>{query, operationName, variables, extensions}</c>): a POST body, or a WebSocket subscribe payload.</summary>
    public static (GraphQLRequest? Request, GraphQLHttpError? Error) ReadBody(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array) return (null, GraphQLHttpError.BadRequest("Batched requests (a JSON array) are not supported; send one request object."));
        if (root.ValueKind != JsonValueKind.Object) return (null, GraphQLHttpError.BadRequest("The body must be a JSON object with a 'query' string."));

        if (!root.TryGetProperty("query", out var queryElement) || queryElement.ValueKind == JsonValueKind.Null)
            return (null, GraphQLHttpError.BadRequest("The 'query' field is required."));
        if (queryElement.ValueKind != JsonValueKind.String) return (null, GraphQLHttpError.BadRequest("The 'query' field must be a string."));
        var query = queryElement.GetString()!;
        if (query.Length == 0) return (null, GraphQLHttpError.BadRequest("The 'query' field must not be empty."));

        string? operationName = null;
        if (root.TryGetProperty("operationName", out var op))
        {
            if (op.ValueKind == JsonValueKind.String) operationName = op.GetString();
            else if (op.ValueKind != JsonValueKind.Null) return (null, GraphQLHttpError.BadRequest("The 'operationName' field must be a string or null."));
        }

        IReadOnlyDictionary<string, object?>? variables = null;
        if (root.TryGetProperty("variables", out var vars))
        {
            if (vars.ValueKind == JsonValueKind.Object) variables = JsonToClr.ToMap(vars);
            else if (vars.ValueKind != JsonValueKind.Null) return (null, GraphQLHttpError.BadRequest("The 'variables' field must be an object or null."));
        }

        if (root.TryGetProperty("extensions", out var ext) && ext.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            return (null, GraphQLHttpError.BadRequest("The 'extensions' field must be an object or null."));

        return (new GraphQLRequest(query, operationName, variables), null);
    }

    private static (IReadOnlyDictionary<string, object?>?, GraphQLHttpError?) ParseObjectParameter(string text, string name)
    {
        if (string.IsNullOrEmpty(text)) return (null, null);
        try
        {
            using var document = StrictJson.Parse(text, DocumentOptions);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => (JsonToClr.ToMap(document.RootElement), null),
                JsonValueKind.Null => (null, null),
                _ => (null, GraphQLHttpError.BadRequest($"The '{name}' parameter must be a JSON object.")),
            };
        }
        catch (JsonException e)
        {
            return (null, GraphQLHttpError.BadRequest($"The '{name}' parameter is not valid JSON: {e.Message}"));
        }
    }
}
