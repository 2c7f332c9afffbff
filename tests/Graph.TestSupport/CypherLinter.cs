using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Graph.TestSupport;

/// <summary>
/// Neo4j's own Cypher front end (tools/cypher-lint, the npm package @neo4j-cypher/language-support)
/// in one long-lived Node process: lints many statements, and parses YAML with the same tool.
/// </summary>
public sealed class CypherLinter : IAsyncDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly StringBuilder _stderr = new();
    private int _nextId;

    private CypherLinter(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderr) _stderr.AppendLine(e.Data);
        };
        _process.BeginErrorReadLine();
    }

    /// <summary>Installs the tool's packages if needed (npm ci), starts Node and waits until the front end is warm.</summary>
    public static async Task<CypherLinter> StartAsync(CancellationToken cancellationToken = default)
    {
        var tool = RepositoryPaths.CypherLintTool;
        await NodeTooling.EnsureInstalledAsync(tool, ["@neo4j-cypher/language-support", "yaml"], cancellationToken).ConfigureAwait(false);
        var start = new ProcessStartInfo("node", "lint.mjs")
        {
            WorkingDirectory = tool,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("node is not installed: install Node.js 20+ to run the Cypher lint tests.", ex);
        }
        var linter = new CypherLinter(process);
        var ready = await linter.ReadReplyAsync(cancellationToken).ConfigureAwait(false);
        if (ready["ready"]?.GetValue<bool>() != true) throw new InvalidOperationException($"cypher-lint did not report ready: {ready}");
        return linter;
    }

    /// <summary>Lints one statement; <paramref name="parameters"/> declares the <c>$parameters</c> it may use (others are errors).</summary>
    public async Task<IReadOnlyList<LintDiagnostic>> LintAsync(string statement, JsonObject? parameters = null, CancellationToken cancellationToken = default)
    {
        var request = new JsonObject { ["statement"] = statement };
        if (parameters is not null) request["parameters"] = parameters.DeepClone();
        var reply = await AskAsync(request, cancellationToken).ConfigureAwait(false);
        var diagnostics = reply["diagnostics"]?.AsArray() ?? throw new InvalidOperationException($"cypher-lint gave no diagnostics: {reply}");
        return diagnostics
            .Select(d => new LintDiagnostic(
                d!["severity"]!.GetValue<string>(),
                d["message"]!.GetValue<string>(),
                d["line"]!.GetValue<int>(),
                d["column"]!.GetValue<int>()))
            .ToArray();
    }

    /// <summary>Lints each statement in turn in the one Node process.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<LintDiagnostic>>> LintAllAsync(IEnumerable<string> statements, CancellationToken cancellationToken = default)
    {
        var results = new List<IReadOnlyList<LintDiagnostic>>();
        foreach (var statement in statements)
        {
            results.Add(await LintAsync(statement, null, cancellationToken).ConfigureAwait(false));
        }
        return results;
    }

    /// <summary>Parses YAML (npm package yaml) into a JSON tree.</summary>
    public async Task<JsonNode?> ParseYamlAsync(string yaml, CancellationToken cancellationToken = default)
    {
        var reply = await AskAsync(new JsonObject { ["yaml"] = yaml }, cancellationToken).ConfigureAwait(false);
        return reply["value"]?.DeepClone();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException or IOException)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
        _gate.Dispose();
    }

    private async Task<JsonObject> AskAsync(JsonObject request, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var id = ++_nextId;
            request["id"] = id;
            await _process.StandardInput.WriteLineAsync(request.ToJsonString()).ConfigureAwait(false);
            await _process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
            var reply = await ReadReplyAsync(cancellationToken).ConfigureAwait(false);
            if (reply["error"] is { } error) throw new InvalidOperationException($"cypher-lint rejected the request: {error}");
            if (reply["id"]?.GetValue<int>() != id) throw new InvalidOperationException($"cypher-lint answered out of turn: {reply}");
            return reply;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<JsonObject> ReadReplyAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ReplyTimeout);
        string? line;
        try
        {
            line = await _process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"cypher-lint gave no answer within {ReplyTimeout.TotalSeconds} s. stderr:\n{Stderr()}");
        }
        if (line is null) throw new InvalidOperationException($"cypher-lint exited (code {ExitCode()}). stderr:\n{Stderr()}");
        return JsonNode.Parse(line) as JsonObject ?? throw new InvalidOperationException($"cypher-lint wrote a non-object line: {line}");
    }

    private string Stderr()
    {
        lock (_stderr) return _stderr.ToString();
    }

    private string ExitCode() => _process.HasExited ? _process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "still running";
}
