using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Graph.Core.Model;
using Graph.TestSupport;

namespace Graph.Compat.Tests;

/// <summary>One GraphQL operation given to the library.</summary>
public sealed record LibraryCase(string Name, string Query);

/// <summary>The library's answer to one case: its data and its GraphQL error messages.</summary>
public sealed record LibraryAnswer(string Name, JsonNode? Data, IReadOnlyList<string> Errors);

/// <summary>A Cypher statement the library sent, with the engine's refusal (code and message) when it was refused.</summary>
public sealed record SentStatement(string Query, string Parameters, string? ErrorCode, string? ErrorMessage);

/// <summary>What one run of the library did: whether its start-up check accepted the engine, its answers, every statement.</summary>
public sealed record LibraryRun(bool Compatible, string? Failure, IReadOnlyList<LibraryAnswer> Answers, IReadOnlyList<SentStatement> Statements);

/// <summary>
/// Runs npm @neo4j/graphql (tests/compat/neo4j-graphql/run.mjs) with type definitions written from the
/// knowledge model against `graph cypher --jsonl` over a data directory: one Node process for all cases.
/// </summary>
public static class Neo4jGraphQLLibrary
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(5);

    public static async Task<LibraryRun> RunAsync(string dataDirectory, IEnumerable<LibraryCase> cases)
    {
        var tool = RepositoryPaths.Neo4jGraphQLCompat;
        using var budget = new CancellationTokenSource(Budget);
        await NodeTooling.EnsureInstalledAsync(tool, ["@neo4j/graphql", "graphql", "neo4j-driver"], budget.Token);

        var job = new JsonObject
        {
            ["command"] = new JsonArray("dotnet", Path.Combine(AppContext.BaseDirectory, "graph.dll"), "cypher", "--jsonl", "--data", dataDirectory),
            ["typeDefs"] = Neo4jGraphQLTypeDefs.From(KnowledgeModel.Default),
            ["cases"] = new JsonArray(cases.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["query"] = c.Query }).ToArray()),
        };
        var jobFile = Path.Combine(dataDirectory + ".job.json");
        await File.WriteAllTextAsync(jobFile, job.ToJsonString(), budget.Token);

        var output = await RunNodeAsync(tool, jobFile, budget.Token);
        var result = JsonNode.Parse(output)!.AsObject();
        return new LibraryRun(
            result["compatible"]!.GetValue<bool>(),
            result["failure"]?.GetValue<string>(),
            result["results"]!.AsArray().Select(r => new LibraryAnswer(
                r!["name"]!.GetValue<string>(),
                r["data"]?.DeepClone(),
                r["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToArray())).ToArray(),
            result["statements"]!.AsArray().Select(s => new SentStatement(
                s!["query"]!.GetValue<string>(),
                s["parameters"]?.ToJsonString() ?? "{}",
                s["error"]?["code"]?.GetValue<string>(),
                s["error"]?["message"]?.GetValue<string>())).ToArray());
    }

    private static async Task<string> RunNodeAsync(string tool, string jobFile, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = tool, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = new UTF8Encoding(false) };
        start.ArgumentList.Add("run.mjs");
        start.ArgumentList.Add(jobFile);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the @neo4j/graphql run did not finish within {Budget}");
        }
        var text = await output;
        if (process.ExitCode != 0 || string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidOperationException($"node run.mjs failed (exit {process.ExitCode}):\n{text}\n{await errors}");
        }
        return text;
    }
}
