using System.Diagnostics;
using System.Text.Json;

namespace Graph.Cli.Tests;

/// <summary>The built `graph cypher --jsonl` command as a child process, spoken to line by line.</summary>
public sealed class JsonlProcess : IDisposable
{
    private readonly Process _process;

    public JsonlProcess()
    {
        var dll = System.IO.Path.Combine(AppContext.BaseDirectory, "graph.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("cypher");
        start.ArgumentList.Add("--jsonl");
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start graph");
        _process.StandardInput.AutoFlush = true;
    }

    /// <summary>Sends one raw line and returns the raw response line.</summary>
    public string SendRaw(string line)
    {
        _process.StandardInput.WriteLine(line);
        var read = _process.StandardOutput.ReadLineAsync();
        if (!read.Wait(TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException("no response from graph --jsonl; stderr: " + _process.StandardError.ReadToEnd());
        }
        return read.Result ?? throw new InvalidOperationException("graph --jsonl closed its output; stderr: " + _process.StandardError.ReadToEnd());
    }

    public JsonElement Send(object request) => JsonDocument.Parse(SendRaw(JsonSerializer.Serialize(request))).RootElement;

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(10_000)) _process.Kill(entireProcessTree: true);
        }
        finally
        {
            _process.Dispose();
        }
    }
}
