using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Api.Tests.Support;
using Graph.Core.Store;
using Graph.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Bolt;

/// <summary>
/// Neo4j's own JavaScript driver (npm neo4j-driver 6.3.0) against the running service's Bolt listener: the analyst
/// queries give the store's rows, transactions commit, roll back and retry, every value type survives the trip,
/// sign-in refuses what it must, and neo4j:// routing works. The checks live in bolt-driver/driver-checks.mjs.
/// </summary>
public sealed class BoltDriverTests
{
    private static readonly string DriverFolder = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Api.Tests", "Bolt", "bolt-driver");

    private static readonly string[] Checks =
    [
        "explicit-transaction-with-bookmarks", "transaction-function-retries", "values-round-trip", "engine-values",
        "graph-entities", "streaming-fetch-size", "auth-refusals", "errors-carry-neo4j-codes", "neo4j-routing",
    ];

    [Fact]
    public async Task The_JavaScript_driver_passes_every_check_against_the_embedded_store()
    {
        await using var factory = BoltHost.Create();
        var endpoint = BoltHost.Start(factory);
        var queries = Directory.GetFiles(RepositoryPaths.Cypher + "/queries", "*.cypher").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(queries);
        // The store's own answers, taken before the checks add their probe nodes.
        var store = factory.Services.GetRequiredService<IGraphDatabase>();
        var expected = new Dictionary<string, JsonNode?>();
        foreach (var file in queries) expected[Path.GetFileName(file)] = await StoreRowsAsync(store, file);

        var results = await RunChecksAsync(new Dictionary<string, string>
        {
            ["BOLT_PORT"] = endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["QUERIES_DIR"] = Path.Combine(RepositoryPaths.Cypher, "queries"),
            ["EDITOR_KEY"] = TestSignIn.EditorKey,
            ["READER_KEY"] = TestSignIn.ReaderKey,
            ["BAD_KEY"] = "not-a-key-of-this-service",
            ["EDITOR_TOKEN"] = TestSignIn.Token("bolt-editor", new[] { "editor" }),
        });

        var failed = results.Where(r => r.Value["ok"]?.GetValue<bool>() != true).Select(r => $"{r.Key}: {r.Value["detail"]}").ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed));
        foreach (var check in Checks) Assert.True(results.ContainsKey(check), $"check {check} did not report");
        foreach (var (file, rows) in expected)
        {
            var reported = results[$"query:{file}"]["detail"]?["rows"];
            Assert.True(rows!.AsArray().Count > 0, $"{file} has no rows on the seed");
            Assert.True(JsonNode.DeepEquals(rows, reported), $"{file}: the driver got\n{reported?.ToJsonString()}\nthe store answers\n{rows.ToJsonString()}");
        }
    }

    private static async Task<JsonNode?> StoreRowsAsync(IGraphDatabase store, string file)
    {
        var text = await File.ReadAllTextAsync(file);
        var header = text.Split('\n').FirstOrDefault(l => l.StartsWith("// params:", StringComparison.Ordinal));
        var parameters = header is null
            ? new Dictionary<string, object?>()
            : JsonNode.Parse(header["// params:".Length..])!.AsObject().ToDictionary(
                p => p.Key, p => p.Value!.GetValueKind() == JsonValueKind.Number ? (object?)p.Value.GetValue<long>() : p.Value.GetValue<string>());
        var result = await store.RunAsync(text, parameters, AccessMode.Read);
        var rows = new JsonArray();
        foreach (var record in result.Records)
        {
            var row = new JsonObject();
            for (var i = 0; i < result.Columns.Count; i++) row[result.Columns[i]] = Plain(record[i]);
            rows.Add(row);
        }
        return rows;
    }

    // The same plain form the script makes of driver values: numbers, strings, lists, maps; other values as text.
    private static JsonNode? Plain(object? value) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        string s => JsonValue.Create(s),
        IReadOnlyDictionary<string, object?> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, Plain(kv.Value)))),
        IReadOnlyList<object?> list => new JsonArray(list.Select(Plain).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };

    private static async Task<Dictionary<string, JsonNode>> RunChecksAsync(Dictionary<string, string> environment)
    {
        await NodeTooling.EnsureInstalledAsync(DriverFolder, ["neo4j-driver"], CancellationToken.None);
        var start = new ProcessStartInfo("node", "driver-checks.mjs")
        {
            WorkingDirectory = DriverFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var budget = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(budget.Token);
        Assert.True(process.ExitCode == 0, $"node exited {process.ExitCode}:\n{await errors}");
        var results = new Dictionary<string, JsonNode>();
        foreach (var line in (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var node = JsonNode.Parse(line)!;
            results[node["check"]!.GetValue<string>()] = node;
        }
        return results;
    }
}
