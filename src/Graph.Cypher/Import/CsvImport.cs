using System.Diagnostics;
using Graph.Core.Errors;

namespace Graph.Cypher.Import;

/// <summary>
/// Bulk-imports CSV files into an empty embedded database in one pass, the way
/// <c>neo4j-admin database import</c> fills a new Neo4j database: no Cypher, no per-row transaction,
/// indexes built once at the end and constraints checked over the result. All or nothing.
/// </summary>
public static class CsvImport
{
    public static ImportSummary Run(EmbeddedGraphDatabase database, CsvImportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        var clock = Stopwatch.StartNew();
        var run = new CsvImportRun(request, cancellationToken);
        database.Store.Import(run.Fill);
        return new ImportSummary(run.Nodes, run.Relationships, run.Properties, clock.Elapsed);
    }

    private static void Validate(CsvImportRequest request)
    {
        if (request.Nodes.Count == 0 && request.Relationships.Count == 0)
        {
            throw Invalid("name at least one node or relationship file");
        }

        if (request.Delimiter == request.ArrayDelimiter || request.Delimiter is '"' or '\n' or '\r')
        {
            throw Invalid("the field delimiter must differ from the array delimiter, quotes and line breaks");
        }

        foreach (var files in request.Nodes.Select(n => n.Files).Concat(request.Relationships.Select(r => r.Files)))
        {
            if (files.Count == 0)
            {
                throw Invalid("every group needs at least one file");
            }

            foreach (var file in files)
            {
                if (!File.Exists(file))
                {
                    throw Invalid($"file not found: {file}");
                }
            }
        }

        if (request.Nodes.SelectMany(n => n.Labels).Concat(request.Relationships.Select(r => r.Type ?? "x")).Any(string.IsNullOrWhiteSpace))
        {
            throw Invalid("labels and relationship types cannot be empty");
        }
    }

    private static GraphException Invalid(string message) => new(ErrorCodes.InvalidRequest, $"Invalid import: {message}.");
}
