using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.ManualRunner;

/// <summary>
/// Reads one .adoc page of the Cypher manual: setup blocks (<c>role=test-setup</c>), example queries,
/// their parameters and the result table or error message the page shows after them.
/// </summary>
internal static partial class AdocReader
{
    public static (IReadOnlyList<ManualExample> Examples, IReadOnlyDictionary<string, string> CsvFiles) Read(string page, string[] lines)
    {
        var examples = new List<ManualExample>();
        // A page whose graph comes from a database dump (":test-setup-dump: URL") has no setup query to run.
        var dump = lines.Any(l => l.StartsWith(":test-setup-dump:", StringComparison.Ordinal));
        var csvFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        var setup = new List<string>();
        var examplesSinceSetup = 0;
        // Every query of the page since its last setup, in order: the page's earlier steps (a constraint, an index,
        // a label set by the previous example) that a later example may rely on.
        var earlier = new List<(string Query, Dictionary<string, object?> Parameters)>();
        Dictionary<string, object?>? nextParameters = null;
        Pending? pending = null;

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            // A page without a setup block may keep its graph's CREATE in a comment block before its examples (FOREACH).
            if (line == "////" && setup.Count == 0 && examples.Count == 0 && pending is null && !lines.Any(l => l.Contains("test-setup", StringComparison.Ordinal)))
            {
                var close = i + 1;
                while (close < lines.Length && lines[close].Trim() != "////") close++;
                var comment = string.Join("\n", lines[(i + 1)..Math.Min(close, lines.Length)]).Trim();
                if (comment.StartsWith("CREATE", StringComparison.Ordinal) && !comment.Contains("----", StringComparison.Ordinal)) setup.Add(comment);
                i = close;
                continue;
            }
            if (line.StartsWith("[source", StringComparison.Ordinal))
            {
                var attributes = line;
                var start = i + 1;
                if (start >= lines.Length || !lines[start].StartsWith("----", StringComparison.Ordinal)) continue;
                var end = start + 1;
                while (end < lines.Length && !lines[end].StartsWith("----", StringComparison.Ordinal)) end++;
                var body = string.Join("\n", lines[(start + 1)..Math.Min(end, lines.Length)]);
                i = end;
                if (attributes.Contains("test-setup", StringComparison.Ordinal) && attributes.Contains("cypher", StringComparison.Ordinal))
                {
                    // A setup block after examples starts the graph of the page's next section.
                    if (examplesSinceSetup > 0)
                    {
                        setup = [];
                        earlier = [];
                    }
                    examplesSinceSetup = 0;
                    setup.Add(body);
                }
                else if (IsCypher(attributes))
                {
                    // A query the page marks as failing, shown without its message, still must fail.
                    if (pending is { Role: "test-fail" }) examples.Add(pending.ToExample(page, setup, null, ""));
                    if (pending is { Role: not "test-fail" }) earlier.Add((pending.Query, pending.Parameters));
                    pending = new Pending(body, start, nextParameters ?? [], Role(attributes), ExcludedColumns(attributes)) { Earlier = [.. earlier] };
                    nextParameters = null;
                }
                else if (attributes.Contains("parameters", StringComparison.Ordinal))
                {
                    var parameters = Parameters(body);
                    if (pending is { Parameters.Count: 0 } && !NextBlockIsQuery(lines, i + 1)) pending = pending with { Parameters = parameters };
                    else nextParameters = parameters;
                }
                // The message of a failing example: "[source, error]", or "[source, output]" after a test-fail query.
                else if (pending is not null && (attributes.Contains("error", StringComparison.Ordinal) || (pending.Role == "test-fail" && attributes.Contains("output", StringComparison.Ordinal))))
                {
                    examples.Add(pending.ToExample(page, setup, null, body.Trim()));
                    examplesSinceSetup++;
                    pending = null;
                }
                else if (attributes.Contains("csv", StringComparison.Ordinal) && FileName().Match(attributes) is { Success: true } file)
                {
                    csvFiles[file.Groups[1].Value] = body + "\n";
                }
                continue;
            }
            if (line.StartsWith("[role=\"queryresult\"", StringComparison.Ordinal) && pending is not null)
            {
                // A result written as a listing ("Added 38 nodes, Set 114 properties"), not a table: its counters only.
                if (i + 1 < lines.Length && lines[i + 1].StartsWith("----", StringComparison.Ordinal))
                {
                    var close = i + 2;
                    while (close < lines.Length && !lines[close].StartsWith("----", StringComparison.Ordinal)) close++;
                    examples.Add(pending.ToExample(page, setup, SummaryReader.Read(lines[(i + 2)..Math.Min(close, lines.Length)]), null));
                    earlier.Add((pending.Query, pending.Parameters));
                    examplesSinceSetup++;
                    pending = null;
                    i = close;
                    continue;
                }
                var start = i + 1;
                while (start < lines.Length && !lines[start].StartsWith("|===", StringComparison.Ordinal)) start++;
                var end = start + 1;
                while (end < lines.Length && !lines[end].StartsWith("|===", StringComparison.Ordinal)) end++;
                if (end >= lines.Length) continue;
                var table = TableReader.Read(line, lines[(start + 1)..end]);
                examples.Add(pending.ToExample(page, setup, table, null));
                earlier.Add((pending.Query, pending.Parameters));
                examplesSinceSetup++;
                pending = null;
                i = end;
            }
        }
        if (pending is { Role: "test-fail" }) examples.Add(pending.ToExample(page, setup, null, ""));
        return (dump ? examples.Select(e => e with { NeedsDump = true }).ToList() : examples, csvFiles);
    }

    private static bool IsCypher(string attributes) =>
        attributes.Contains("cypher", StringComparison.Ordinal) && !attributes.Contains("syntax", StringComparison.Ordinal);

    private static bool NextBlockIsQuery(string[] lines, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("[source", StringComparison.Ordinal)) return IsCypher(line);
            if (line.StartsWith("[role=\"queryresult\"", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    private static string? Role(string attributes) => RoleAttribute().Match(attributes) is { Success: true } m ? m.Groups[1].Value : null;

    private static IReadOnlyList<string> ExcludedColumns(string attributes) =>
        ExcludeAttribute().Match(attributes) is { Success: true } m ? m.Groups[1].Value.Split(';', StringSplitOptions.RemoveEmptyEntries) : [];

    private static Dictionary<string, object?> Parameters(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value))
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static object? Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? (object)l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Select(Value).ToList(),
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value)),
        _ => null,
    };

    private sealed record Pending(string Query, int Line, Dictionary<string, object?> Parameters, string? Role, IReadOnlyList<string> Excluded)
    {
        public IReadOnlyList<(string Query, Dictionary<string, object?> Parameters)> Earlier { get; init; } = [];

        public ManualExample ToExample(string page, List<string> setup, ExpectedTable? table, string? error) =>
            new(page, Line, [.. setup], Query, Parameters, table is null ? null : table with { Excluded = Excluded }, error, Role)
            {
                Earlier = [.. Earlier.Select(e => new EarlierStep(e.Query, e.Parameters))],
            };
    }

    [GeneratedRegex(@"role=""?([\w-]+)")]
    private static partial Regex RoleAttribute();

    [GeneratedRegex(@"test-exclude-cols=([\w;]+)")]
    private static partial Regex ExcludeAttribute();

    [GeneratedRegex(@"filename=""([^""]+)""")]
    private static partial Regex FileName();
}
