using Graph.Core.Errors;
using Graph.Cypher.Csv;
using Graph.Cypher.Execution.LoadCsv;
using Graph.Cypher.Functions.Scalar;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>LOAD CSV: one row per record of a file in the import directory, read lazily.</summary>
internal sealed partial class QueryRunner
{
    private IEnumerable<Row> LoadCsv(LoadCsvClause clause, Row row)
    {
        var url = Evaluator.Evaluate(clause.Url, row) switch
        {
            string s => s,
            var other => throw CypherErrors.TypeMismatch("String", other),
        };
        var file = ImportUrl.Resolve(url, _ctx.ImportDirectory);
        using var reader = Open(file, url, clause.FieldTerminator);
        var withFile = row.With(LoadCsvFunctions.FileSlot, file.DisplayPath);
        List<string>? headers = null;
        while (reader.Read())
        {
            _ctx.Tick();
            if (clause.WithHeaders && headers is null)
            {
                headers = reader.Fields();
                continue;
            }

            var value = headers is null ? (object)Values(reader) : Map(headers, reader);
            yield return withFile.With(LoadCsvFunctions.LineNumberSlot, reader.Line).With(clause.Variable, value);
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
