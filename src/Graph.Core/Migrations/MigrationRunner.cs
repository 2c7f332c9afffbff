using System.Globalization;
using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Core.Migrations;

/// <summary>
/// Applies <c>cypher/schema.cypher</c> then <c>cypher/seed/*.cypher</c> through <see cref="IGraphDatabase"/>,
/// recording each applied script as <c>(:__Migration {name, checksum, appliedAt})</c>. A script whose
/// checksum is already recorded is skipped, a changed one is re-applied (the scripts are idempotent).
/// Each statement runs in its own transaction because Neo4j does not mix schema and data writes in one.
/// </summary>
public sealed class MigrationRunner
{
    internal const string ReadApplied = "MATCH (m:__Migration) RETURN m.name AS name, m.checksum AS checksum";

    internal const string RecordApplied =
        "MERGE (m:__Migration {name: $name}) SET m.checksum = $checksum, m.appliedAt = datetime($appliedAt)";

    private readonly IGraphDatabase _database;
    private readonly TimeProvider _time;

    public MigrationRunner(IGraphDatabase database, TimeProvider? time = null)
    {
        _database = database;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Told after each statement: statements run so far and how many the scripts to apply hold.</summary>
    public Action<int, int>? Progress { get; init; }

    public Task<MigrationReport> ApplyAsync(CypherDirectory directory, CancellationToken cancellationToken = default) =>
        ApplyAsync(MigrationScript.From(directory), cancellationToken);

    public async Task<MigrationReport> ApplyAsync(IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken = default)
    {
        var recorded = await ReadRecordedAsync(cancellationToken).ConfigureAwait(false);
        var applied = new List<string>();
        var skipped = new List<string>();
        var statementsRun = 0;
        var toRun = scripts.Where(s => !(recorded.TryGetValue(s.Name, out var c) && c == s.Checksum)).Sum(s => s.Statements.Count);

        foreach (var script in scripts)
        {
            if (recorded.TryGetValue(script.Name, out var checksum) && checksum == script.Checksum)
            {
                skipped.Add(script.Name);
                continue;
            }
            foreach (var statement in script.Statements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await RunAsync(script, statement, cancellationToken).ConfigureAwait(false);
                statementsRun++;
                Progress?.Invoke(statementsRun, toRun);
            }
            await RecordAsync(script, cancellationToken).ConfigureAwait(false);
            applied.Add(script.Name);
        }
        return new MigrationReport(applied, skipped, statementsRun);
    }

    private async Task<Dictionary<string, string?>> ReadRecordedAsync(CancellationToken cancellationToken)
    {
        var result = await _database.RunAsync(ReadApplied, null, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var recorded = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var record in result.Records)
        {
            if (record["name"] is string name) recorded[name] = record["checksum"] as string;
        }
        return recorded;
    }

    private async Task RunAsync(MigrationScript script, Scripts.ScriptStatement statement, CancellationToken cancellationToken)
    {
        try
        {
            await _database.RunAsync(statement.Text, null, AccessMode.Write, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphException ex)
        {
            // Point at the script line: the engine's line is relative to the statement.
            var line = statement.Line + (ex.Line ?? 1) - 1;
            throw new GraphException(ex.Code, $"{script.Name}, line {line}: {ex.Message}", ex.Phase, line, ex.Column, ex);
        }
    }

    private Task RecordAsync(MigrationScript script, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["name"] = script.Name,
            ["checksum"] = script.Checksum,
            ["appliedAt"] = _time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };
        return _database.RunAsync(RecordApplied, parameters, AccessMode.Write, cancellationToken);
    }
}
