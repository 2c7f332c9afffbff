using Graph.Core.Errors;
using Graph.Cypher.Csv;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.LoadCsv;

/// <summary>
/// The records LOAD CSV reads from one URL, whichever runtime asks: only files in the import directory
/// (<see cref="ImportUrl"/>), read lazily, each as a list of fields or, WITH HEADERS, a map by the first line.
/// </summary>
internal static class CsvRows
{
    /// <summary>One record: its line number, the value bound to the clause's variable, and the file as file() shows it.</summary>
    public readonly record struct CsvRow(long Line, object Value, string File);

    public static IEnumerable<CsvRow> Read(QueryContext ctx, object? url, bool withHeaders, char terminator)
    {
        var text = url as string ?? throw CypherErrors.TypeMismatch("String", url);
        var file = ImportUrl.Resolve(text, ctx.ImportDirectory);
        using var reader = Open(file, text, terminator);
        List<string>? headers = null;
        while (reader.Read())
        {
            ctx.Tick();
            if (withHeaders && headers is null)
            {
                headers = reader.Fields();
                continue;
            }
            yield return new CsvRow(reader.Line, headers is null ? Values(reader) : Map(headers, reader), file.DisplayPath);
        }
    }

    private static CsvRecordReader Open(ImportUrl file, string url, char terminator)
    {
        try
        {
            return new CsvRecordReader(file.FullPath, terminator, (line, problem) =>
                new GraphException(ErrorCodes.ExternalResourceFailed, $"At {url} line {line}: {problem}", ErrorPhase.Runtime));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The URL, not the server path: the caller knows the import directory only by its URLs.
            throw new GraphException(ErrorCodes.ExternalResourceFailed, $"Couldn't load the external resource at: {url}", ErrorPhase.Runtime, inner: e);
        }
    }

    // Neo4j reads an empty field as null, not as the empty string.
    private static object? Field(CsvRecordReader reader, int index) => reader.Field(index).IsEmpty ? null : reader.FieldString(index);

    private static List<object?> Values(CsvRecordReader reader)
    {
        var values = new List<object?>(reader.FieldCount);
        for (var i = 0; i < reader.FieldCount; i++) values.Add(Field(reader, i));
        return values;
    }

    // A short record leaves its missing columns null; fields beyond the header are dropped, as in Neo4j.
    private static CypherMap Map(List<string> headers, CsvRecordReader reader)
    {
        var map = new CypherMap(headers.Count);
        for (var i = 0; i < headers.Count; i++) map.Set(headers[i], i < reader.FieldCount ? Field(reader, i) : null);
        return map;
    }
}
