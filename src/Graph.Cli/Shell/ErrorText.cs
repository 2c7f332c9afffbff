using Graph.Core.Errors;

namespace Graph.Cli.Shell;

/// <summary>How the shell and script runner print an error: code, message, and where.</summary>
internal static class ErrorText
{
    public static string Of(GraphException e)
    {
        // Neo4j-style messages already say where; add the position only when they do not.
        var where = e.Line is { } line && !e.Message.Contains("(line ", StringComparison.Ordinal) ? $" (line {line}, column {e.Column})" : "";
        return $"{e.Code}{where}: {e.Message}";
    }
}
