using System.Diagnostics;

namespace Graph.TestSupport;

/// <summary>
/// The built `graph` command (graph.dll beside the test assembly, copied there by a project reference to
/// Graph.Cli) run as a child process: exit code, standard output and standard error.
/// </summary>
public static class GraphCli
{
    public static (int Code, string Output, string Error) Run(params string[] args) => RunWithInput("", args);

    /// <summary>Runs graph with <paramref name="input"/> piped to its stdin (then closed).</summary>
    public static (int Code, string Output, string Error) RunWithInput(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "graph.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        // Piped input, then its end: a command reading stdin never waits for a terminal.
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"graph {string.Join(' ', args)} did not finish");
        }
        return (process.ExitCode, output.Result, error);
    }
}
