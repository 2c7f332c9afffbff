using System.Diagnostics;
using Graph.Cli.Statements;
using Graph.Core.Errors;

namespace Graph.Cli.Shell;

/// <summary>
/// The terminal shell: statements end with ';' and may span lines; ':help', ':param', ':exit'.
/// History is kept in ~/.graph_history between sessions.
/// </summary>
internal sealed class InteractiveShell
{
    private const int HistoryLimit = 500;
    private readonly IStatementRunner _runner;
    private readonly ShellCommands _commands;

    public InteractiveShell(IStatementRunner runner, Dictionary<string, object?> parameters)
    {
        _runner = runner;
        _commands = new ShellCommands(parameters, Console.Out);
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var historyFile = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".graph_history");
        var history = File.Exists(historyFile) ? File.ReadAllLines(historyFile).ToList() : [];
        var editor = new LineEditor(history);
        Console.WriteLine("Graph Cypher shell on " + _runner.Description + ".");
        Console.WriteLine("End statements with ';'. Type :help for commands, :exit to leave.");
        var pending = new System.Text.StringBuilder();
        while (!cancellationToken.IsCancellationRequested)
        {
            var line = editor.ReadLine(pending.Length == 0 ? "graph> " : "  ...> ");
            if (line is null) break;
            if (pending.Length == 0 && ShellCommands.IsCommand(line))
            {
                if (!_commands.Run(line)) break;
                continue;
            }
            pending.AppendLine(line);
            var text = pending.ToString().TrimEnd();
            if (!text.EndsWith(';')) continue;
            pending.Clear();
            history.Add(text.ReplaceLineEndings(" "));
            await RunStatementAsync(text, cancellationToken);
        }
        File.WriteAllLines(historyFile, history.TakeLast(HistoryLimit));
        return 0;
    }

    private async Task RunStatementAsync(string text, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var result = await _runner.RunAsync(text, _commands.Parameters, cancellationToken);
            Console.WriteLine(TableFormatter.Format(result, watch.Elapsed));
        }
        catch (GraphException e)
        {
            Console.WriteLine(ErrorText.Of(e));
        }
    }
}
