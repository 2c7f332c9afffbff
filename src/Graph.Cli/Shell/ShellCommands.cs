using Graph.Cli.Statements;
using Graph.Core.Errors;

namespace Graph.Cli.Shell;

/// <summary>
/// The shell's colon commands (<c>:param</c>, <c>:params</c>, <c>:help</c>, <c>:exit</c>), the same whether typed
/// at the prompt, piped in, or written in a script file, as cypher-shell allows.
/// </summary>
internal sealed class ShellCommands(Dictionary<string, object?> parameters, TextWriter output)
{
    public const string Help = """
        :param name <json>   set a parameter, e.g. :param id "kz"  (also name=value: :param id=kz)
        :params              list parameters
        :help                this list
        :exit                leave the shell (or end the script)
        Statements end with ';' and may span several lines; up/down recall history at the prompt.
        """;

    public IReadOnlyDictionary<string, object?> Parameters => parameters;

    /// <summary>True for a line the shell takes as a command rather than Cypher.</summary>
    public static bool IsCommand(string line) => line.TrimStart().StartsWith(':');

    /// <summary>Runs one command line; false when it asks to stop.</summary>
    public bool Run(string line)
    {
        var parts = line.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        switch (parts[0])
        {
            case ":exit" or ":quit" or ":q":
                return false;
            case ":param" when parts.Length == 2:
                SetParameter(parts[1].Trim());
                return true;
            case ":params":
                foreach (var (name, value) in parameters) output.WriteLine($"${name} = {TableFormatter.Text(value)}");
                return true;
            case ":help":
                output.WriteLine(Help);
                return true;
            default:
                output.WriteLine($"Unknown command {parts[0]}. Commands:");
                output.WriteLine(Help);
                return true;
        }
    }

    private void SetParameter(string text)
    {
        try
        {
            // ":param id=kz" (the CLI's --param form) or ":param id <json>".
            var space = text.IndexOfAny([' ', '\t']);
            var equals = text.IndexOf('=');
            if (equals > 0 && (space < 0 || equals < space))
            {
                var (name, value) = QueryParameters.Pair(text);
                parameters[name] = value;
                return;
            }
            if (space < 0) throw new ArgumentException("give a name and a value");
            parameters[text[..space].TrimStart('$')] = QueryParameters.Value(text[(space + 1)..].Trim());
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or GraphException or ArgumentException)
        {
            output.WriteLine("The value must be JSON, e.g. :param name \"Astana\" (or :param name=Astana)");
        }
    }
}
