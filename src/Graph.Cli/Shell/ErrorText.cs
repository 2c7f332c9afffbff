using Graph.Core.Errors;

namespace Graph.Cli.Shell;

/// <summary>How the shell and script runner print an error: code, message, and where.</summary>
internal static class ErrorText
{
    public static string Of(GraphException e)
    {
        var where = e.Line is { } line ? $" (line {line}, column {e.Column})" : "";
        return $"{e.Code}{where}: {e.Message}";
    }
}
