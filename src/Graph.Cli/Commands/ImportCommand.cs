using Graph.Cli.Progress;
using Graph.Core.Scripts;
using Graph.Cypher;
using Graph.Cypher.Import;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph import`: bulk-loads CSV files into a new embedded data directory, the counterpart of
/// <c>neo4j-admin database import</c>; an optional schema script runs first so its constraints hold.
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(CliOptions options, CancellationToken cancellationToken)
    {
        if (options.Neo4jUri is not null)
        {
            throw new ArgumentException("graph import fills the embedded engine's data directory; to load Neo4j use `neo4j-admin database import`");
        }

        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            throw new ArgumentException("graph import needs --data DIR: an import into memory would be gone when the command ends");
        }

        if (options.Nodes.Count == 0 && options.Relationships.Count == 0)
        {
            throw new ArgumentException("graph import needs at least one --nodes or --relationships group");
        }

        var progress = ProgressLine.OnStandardError("import", ProgressLine.Bytes);
        var request = new CsvImportRequest(
            options.Nodes.Select(ParseNodes).ToList(),
            options.Relationships.Select(ParseRelationships).ToList())
        {
            Delimiter = options.Delimiter,
            ArrayDelimiter = options.ArrayDelimiter,
            Progress = p => progress.Report(p.BytesRead, p.TotalBytes, $"{p.Nodes:N0} nodes, {p.Relationships:N0} relationships", final: p.BytesRead == p.TotalBytes),
        };

        using var database = new EmbeddedGraphDatabase(new EmbeddedGraphOptions { DataDirectory = options.DataDirectory, StatementTimeout = options.Timeout });
        if (options.Schema is not null)
        {
            await RunSchemaAsync(database, options.Schema, cancellationToken);
        }

        var summary = CsvImport.Run(database, request, cancellationToken);
        progress.Finish();
        Console.WriteLine($"imported {summary.Nodes} nodes, {summary.Relationships} relationships, {summary.Properties} properties in {summary.Elapsed.TotalSeconds:F2} s");
        return 0;
    }

    // [Label[:Label]...=]file[,file...]
    private static CsvNodeFiles ParseNodes(string group)
    {
        var (prefix, files) = Split(group, "--nodes");
        var labels = prefix is null ? [] : prefix.Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new CsvNodeFiles(labels, files);
    }

    // [TYPE=]file[,file...]
    private static CsvRelationshipFiles ParseRelationships(string group)
    {
        var (prefix, files) = Split(group, "--relationships");
        return new CsvRelationshipFiles(string.IsNullOrWhiteSpace(prefix) ? null : prefix.Trim(), files);
    }

    private static (string? Prefix, IReadOnlyList<string> Files) Split(string group, string flag)
    {
        var equals = group.IndexOf('=');
        var prefix = equals < 0 ? null : group[..equals];
        var files = group[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return files.Length == 0 ? throw new ArgumentException($"{flag} '{group}' names no file") : (prefix, files);
    }

    private static async Task RunSchemaAsync(EmbeddedGraphDatabase database, string path, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"cannot read --schema {path}: {e.Message}");
        }

        foreach (var statement in CypherScript.Split(text))
        {
            await database.RunAsync(statement.Text, cancellationToken: cancellationToken);
        }
    }
}
