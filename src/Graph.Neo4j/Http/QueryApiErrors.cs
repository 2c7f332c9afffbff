using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Core.Errors;

namespace Graph.Neo4j.Http;

/// <summary>
/// Maps Query API failures to the engine-independent exception family. The "errors" array decides,
/// not the HTTP status: Neo4j answers some failures with 200/202.
/// </summary>
internal static partial class QueryApiErrors
{
    public static GraphException FromErrorsArray(JsonElement errors)
    {
        var first = errors.EnumerateArray().FirstOrDefault();
        var code = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("code", out var c) ? c.GetString() ?? ErrorCodes.DatabaseError : ErrorCodes.DatabaseError;
        var message = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
        return FromCodeAndMessage(code, message);
    }

    public static GraphException FromCodeAndMessage(string code, string message)
    {
        var phase = code.EndsWith(".SyntaxError", StringComparison.Ordinal) || code.EndsWith(".SemanticError", StringComparison.Ordinal) || code.EndsWith(".ParameterMissing", StringComparison.Ordinal)
            ? ErrorPhase.Compile
            : ErrorPhase.Runtime;
        int? line = null, column = null;
        var position = Position().Match(message);
        if (position.Success)
        {
            line = int.Parse(position.Groups[1].Value, CultureInfo.InvariantCulture);
            column = int.Parse(position.Groups[2].Value, CultureInfo.InvariantCulture);
        }
        return new GraphException(code, message, phase, line, column);
    }

    public static GraphException FromStatus(HttpStatusCode status, string body) => status switch
    {
        HttpStatusCode.Unauthorized => new GraphException(ErrorCodes.Unauthorized, "Neo4j rejected the credentials (401 Unauthorized)."),
        HttpStatusCode.Forbidden => new GraphException("Neo.ClientError.Security.Forbidden", "Neo4j refused access (403 Forbidden)."),
        HttpStatusCode.NotFound => new GraphException("Neo.ClientError.Request.Invalid", "Neo4j has no such endpoint or transaction (404): " + Trim(body)),
        // 503: Neo4j (or a proxy before it) refused to take the request; other 5xx without Neo4j's
        // own error may come from a proxy after the request was passed on.
        HttpStatusCode.ServiceUnavailable => TransportFailure.Raise(ErrorCodes.ServiceUnavailable, "Neo4j answered 503: " + Trim(body), mayHaveArrived: false),
        >= HttpStatusCode.InternalServerError => TransportFailure.Raise(ErrorCodes.ServiceUnavailable, $"Neo4j answered {(int)status}: " + Trim(body), mayHaveArrived: true),
        _ => new GraphException(ErrorCodes.InvalidRequest, $"Neo4j answered {(int)status}: " + Trim(body)),
    };

    private static string Trim(string body) => body.Length <= 300 ? body : body[..300] + "…";

    [GeneratedRegex(@"\(line (\d+), column (\d+)")]
    private static partial Regex Position();
}
