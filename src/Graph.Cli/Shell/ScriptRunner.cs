using System.Diagnostics;
using System.Text;
using Graph.Cli.Statements;
using Graph.Core.Errors;
using Graph.Core.Scripts;

namespace Graph.Cli.Shell;

/// <summary>
/// Runs a script statement by statement (as cypher-shell -f does), stopping at the first error. Lines starting
/// with ':' between statements are shell commands (<c>:param</c>, <c>:exit</c>), so piped input and script
/// files take the same commands as the prompt.
/// </summary>
internal static class ScriptRunner
{
    public static async Task<int> RunAsync(IStatementRunner runner, string script, Dictionary<string, object?> parameters, TextWriter output, CancellationToken cancellationToken)
    {
        var commands = new ShellCommands(parameters, output);
        var chunk = new StringBuilder();
        var chunkFirstLine = 1;
        var lineNumber = 0;
        foreach (var line in script.Split('\n'))
        {
            lineNumber++;
            if (ShellCommands.IsCommand(line) && !InsideStatement(chunk))
            {
                if (await RunChunkAsync(runner, chunk.ToString(), chunkFirstLine, commands, output, cancellationToken) is var failed and not 0) return failed;
                chunk.Clear();
                chunkFirstLine = lineNumber + 1;
                if (!commands.Run(line)) return 0;
                continue;
            }
            chunk.Append(line).Append('\n');
        }
        return await RunChunkAsync(runner, chunk.ToString(), chunkFirstLine, commands, output, cancellationToken);
    }

    private static async Task<int> RunChunkAsync(IStatementRunner runner, string text, int firstLine, ShellCommands commands, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var statement in CypherScript.Split(text))
        {
            var watch = Stopwatch.StartNew();
            try
            {
                var result = await runner.RunAsync(statement.Text, commands.Parameters, cancellationToken);
                await output.WriteLineAsync(TableFormatter.Format(result, watch.Elapsed));
            }
            catch (GraphException e)
            {
                await output.WriteLineAsync($"Statement at line {statement.Line + firstLine - 1} failed: {ErrorText.Of(e)}");
                return 1;
            }
        }
        return 0;
    }

    // A statement is open when the last line that is neither blank nor a comment does not end with ';'.
    private static bool InsideStatement(StringBuilder chunk)
    {
        var lines = chunk.ToString().Split('\n');
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
            return !line.EndsWith(';');
        }
        return false;
    }
}
