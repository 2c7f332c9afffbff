using System.Diagnostics;
using System.Text.Json;

namespace Graph.Cli.Tests;

/// <summary>The built `graph cypher --jsonl` command as a child process, spoken to line by line.</summary>
public sealed class JsonlProcess : IDisposable
{
    private readonly Process _process;

    /// <summary>In memory (the class fixture).</summary>
    public JsonlProcess()
        : this([])
    {
    }

    private JsonlProcess(string[] flags)
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
        foreach (var flag in flags) start.ArgumentList.Add(flag);
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start graph");
        _process.StandardInput.AutoFlush = true;
    }

    /// <param name="flags">Flags after <c>graph cypher --jsonl</c>, e.g. <c>--data DIR --allow-reset</c>.</param>
    public static JsonlProcess Start(params string[] flags) => new(flags);

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
