using Graph.Core.Errors;

namespace Graph.Cypher.Import;

/// <summary>Import errors name the file and line; an import that fails adds nothing.</summary>
internal static class CsvImportErrors
{
    public static GraphException At(string file, long line, string message) =>
        new(ErrorCodes.InvalidRequest, $"{Path.GetFileName(file)}, line {line}: {message}. Nothing was imported.");

    public static GraphException Unreadable(string file, Exception cause) =>
        new(ErrorCodes.InvalidRequest, $"Cannot read import file {file}: {cause.Message}. Nothing was imported.", inner: cause);
}
