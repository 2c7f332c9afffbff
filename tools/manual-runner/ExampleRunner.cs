using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Cypher;

namespace Graph.ManualRunner;

/// <summary>What running one example gave: passed, or failed with a one-line reason.</summary>
internal sealed record Outcome(bool Passed, string Detail);

/// <summary>Runs an example's setup and query on a fresh in-memory engine and compares the answer with the page.</summary>
internal static partial class ExampleRunner
{
    public static async Task<Outcome> RunAsync(ManualExample example, string importDirectory, bool sequential)
    {
        await using var database = new EmbeddedGraphDatabase(new EmbeddedGraphOptions { ImportDirectory = importDirectory, StatementTimeout = TimeSpan.FromSeconds(20) });
        foreach (var statement in example.Setup.SelectMany(Statements))
        {
            try
            {
                await database.RunAsync(statement);
            }
            catch (GraphException ex)
            {
                return new Outcome(false, $"setup failed: {ex.Code}: {OneLine(ex.Message)}");
            }
        }

        if (sequential)
        {
            foreach (var step in example.Earlier)
            {
                try
                {
                    foreach (var statement in Statements(step.Query)) await database.RunAsync(statement, step.Parameters);
                }
                catch (GraphException)
                {
                    // An earlier step that fails here fails on its own line of the report; the page goes on.
                }
            }
        }

        QueryResult? result = null;
        try
        {
            foreach (var statement in Statements(example.Query)) result = await database.RunAsync(statement, example.Parameters);
        }
        catch (GraphException ex)
        {
            if (example.ExpectedError is not null) return ErrorOutcome(example.ExpectedError, ex);
            return new Outcome(false, $"error: {ex.Code}: {OneLine(ex.Message)}");
        }
        catch (Exception ex)
        {
            return new Outcome(false, $"CRASH {ex.GetType().Name}: {OneLine(ex.Message)}");
        }
        if (example.ExpectedError is not null) return new Outcome(false, "expected an error, got a result");
        return ResultComparer.Compare(example, result ?? QueryResult.Empty);
    }

    private static Outcome ErrorOutcome(string expected, GraphException ex)
    {
        if (expected.Length == 0) return new Outcome(true, "failed as expected");
        // Wording, not ids: entity and schema rule ids and offsets depend on what ran before.
        var same = Digits().Replace(Normalize(ex.Message), "#").Contains(Digits().Replace(Normalize(expected), "#"), StringComparison.Ordinal);
        return new Outcome(true, same ? "same error text" : $"error text differs: got {ex.Code}: {OneLine(ex.Message)} | manual: {OneLine(expected)}");
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A block may hold several statements, each ending with a semicolon at the end of a line.</summary>
    public static IEnumerable<string> Statements(string block)
    {
        var current = new List<string>();
        foreach (var line in block.Split('\n'))
        {
            current.Add(line);
            if (line.TrimEnd().EndsWith(';'))
            {
                var text = string.Join('\n', current).TrimEnd().TrimEnd(';');
                if (text.Trim().Length > 0) yield return text;
                current.Clear();
            }
        }
        var rest = string.Join('\n', current);
        if (rest.Trim().Length > 0) yield return rest;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+")]
    private static partial System.Text.RegularExpressions.Regex Digits();

    public static string OneLine(string text)
    {
        var line = Normalize(text);
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}
