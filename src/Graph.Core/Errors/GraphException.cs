namespace Graph.Core.Errors;

/// <summary>
/// The one exception family both engines throw. <see cref="Code"/> is Neo4j's status code
/// (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>); line and column are 1-based and set for syntax errors.
/// </summary>
public class GraphException : Exception
{
    public GraphException(string code, string message, ErrorPhase phase = ErrorPhase.Runtime, int? line = null, int? column = null, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        Phase = phase;
        Line = line;
        Column = column;
    }

    public string Code { get; }

    public ErrorPhase Phase { get; }

    public int? Line { get; }

    public int? Column { get; }

    /// <summary>The last segment of the code: SyntaxError, TypeError, EntityNotFound, …</summary>
    public string Type => Code[(Code.LastIndexOf('.') + 1)..];

    /// <summary>Neo4j's classification: ClientError, TransientError or DatabaseError.</summary>
    public string Classification => Code.Split('.') is { Length: > 1 } parts ? parts[1] : "DatabaseError";

    public bool IsTransient => Classification == "TransientError";
}
