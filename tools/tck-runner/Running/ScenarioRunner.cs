using System.Text.RegularExpressions;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Cypher;
using Graph.Cypher.Procedures;
using Graph.TckRunner.Gherkin;
using Graph.TckRunner.Values;

namespace Graph.TckRunner.Running;

/// <summary>
/// Runs one scenario on a fresh in-memory embedded engine, step by step: setup (graphs, statements, parameters,
/// procedures), the query under test, then the checks on its result, error and side effects.
/// </summary>
internal sealed partial class ScenarioRunner(string graphsDirectory, TimeSpan statementTimeout, string? runtime)
{
    private EmbeddedGraphDatabase _database = null!;
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private readonly List<DeclaredProcedure> _procedures = [];
    private QueryResult? _result;
    private GraphException? _error;
    private IReadOnlyDictionary<string, int>? _sideEffects;

    public async Task<ScenarioOutcome> RunAsync(Scenario scenario)
    {
        _database = new EmbeddedGraphDatabase(new EmbeddedGraphOptions { StatementTimeout = statementTimeout });
        try
        {
            foreach (var step in scenario.Steps) await StepAsync(step);
            if (_error is not null) throw Unexpected(_error);
            return ScenarioOutcome.Pass;
        }
        catch (ScenarioFailure failure)
        {
            return ScenarioOutcome.Fail(failure.Message);
        }
        catch (Exception crash)
        {
            return ScenarioOutcome.Fail($"crash {crash.GetType().Name}: {FirstLine(crash.Message)}");
        }
        finally
        {
            await _database.DisposeAsync();
        }
    }

    private async Task StepAsync(Step step)
    {
        var text = step.Text.TrimEnd(':').Trim();
        switch (text)
        {
            case "an empty graph" or "any graph":
                return;
            case "having executed":
                await SetupAsync(step.DocString!);
                return;
            case "parameters are":
                foreach (var row in step.Table!) _parameters[row[0]] = TckValueParser.Parse(row[1]);
                return;
            case "executing query":
                await ExecuteAsync(step.DocString!, measureSideEffects: true);
                return;
            case "executing control query":
                await ExecuteAsync(step.DocString!, measureSideEffects: false);
                return;
            case "the result should be empty":
                if (Result().Records.Count > 0) throw new ScenarioFailure($"{_result!.Records.Count} rows, expected none");
                return;
            case "no side effects":
                CheckSideEffects([]);
                return;
            case "the side effects should be":
                CheckSideEffects(step.Table!);
                return;
        }
        if (text.StartsWith("the result should be", StringComparison.Ordinal))
        {
            ResultTable.Check(Result(), step.Table!, ordered: text.Contains("in order", StringComparison.Ordinal), sortLists: text.Contains("ignoring element order for lists", StringComparison.Ordinal));
            return;
        }
        if (GraphStep().Match(text) is { Success: true } graph)
        {
            await SetupAsync(await File.ReadAllTextAsync(Path.Combine(graphsDirectory, graph.Groups[1].Value, graph.Groups[1].Value + ".cypher")));
            return;
        }
        if (ProcedureStep().Match(text) is { Success: true } procedure)
        {
            var rows = step.Table!.Skip(1).Where(row => row.Count > 0).Select(row => (IReadOnlyList<object?>)row.Select(TckValueParser.Parse).ToList()).ToList();
            _procedures.Add(DeclaredProcedure.Create(procedure.Groups[1].Value, procedure.Groups[2].Value.Trim(), rows));
            return;
        }
        if (ErrorStep().Match(text) is { Success: true } error)
        {
            CheckError(error.Groups[1].Value, error.Groups[2].Value, error.Groups[3].Value);
            return;
        }
        throw new ScenarioFailure($"runner: unsupported step '{text}'");
    }

    private async Task SetupAsync(string statements)
    {
        foreach (var statement in statements.Split(";\n").Select(s => s.Trim().TrimEnd(';')).Where(s => s.Length > 0))
        {
            try
            {
                await RunAsync(statement);
            }
            catch (GraphException e)
            {
                throw new ScenarioFailure($"setup failed: {e.Type}: {FirstLine(e.Message)}");
            }
        }
    }

    private async Task ExecuteAsync(string query, bool measureSideEffects)
    {
        var before = measureSideEffects ? await GraphSnapshot.TakeAsync(_database) : null;
        try
        {
            // The query under test may be pinned to one runtime, so both are measured alike (setup runs as the engine chooses).
            _result = await RunAsync(runtime is null ? query : $"CYPHER runtime={runtime} {query}");
            _error = null;
        }
        catch (GraphException e)
        {
            _error = e;
            _result = null;
        }
        if (before is not null) _sideEffects = GraphSnapshot.Difference(before, await GraphSnapshot.TakeAsync(_database));
    }

    private async Task<QueryResult> RunAsync(string statement)
    {
        using var declared = ProcedureScope.Declare(_procedures);
        using var timeout = new CancellationTokenSource(statementTimeout * 2);
        return await _database.RunAsync(statement, _parameters, AccessMode.Write, timeout.Token);
    }

    private QueryResult Result() => _error is not null ? throw Unexpected(_error) : _result ?? throw new ScenarioFailure("runner: no query ran");

    private void CheckSideEffects(IReadOnlyList<IReadOnlyList<string>> expected)
    {
        if (_error is not null) throw Unexpected(_error);
        var wanted = expected.ToDictionary(row => row[0], row => int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var wrong = _sideEffects!.Where(e => e.Value != wanted.GetValueOrDefault(e.Key)).Select(e => $"{e.Key} {e.Value} (expected {wanted.GetValueOrDefault(e.Key)})").ToList();
        if (wrong.Count > 0) throw new ScenarioFailure("side effects: " + string.Join(", ", wrong));
    }

    private void CheckError(string type, string phase, string detail)
    {
        if (_error is null)
        {
            throw new ScenarioFailure($"expected {type} at {phase}: {detail}; the query returned {_result?.Records.Count} rows");
        }
        var actualType = ErrorTypes.TckType(_error);
        var actualPhase = ErrorTypes.TckPhase(_error);
        if (actualType != type || (phase != "any time" && phase != actualPhase))
        {
            throw new ScenarioFailure($"expected {type} at {phase}: {detail}; got {actualType} at {actualPhase}: {FirstLine(_error.Message)}");
        }
        _error = null;
    }

    private static ScenarioFailure Unexpected(GraphException error) =>
        new($"error {ErrorTypes.TckType(error)} at {ErrorTypes.TckPhase(error)}: {FirstLine(error.Message)}");

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    [GeneratedRegex(@"^the ([\w-]+) graph$")]
    private static partial Regex GraphStep();

    [GeneratedRegex(@"^there exists a procedure ([\w.]+)(\(.*)$")]
    private static partial Regex ProcedureStep();

    [GeneratedRegex(@"^an? (\w+) should be raised at (compile time|runtime|any time): (\w+|\*)$")]
    private static partial Regex ErrorStep();
}
