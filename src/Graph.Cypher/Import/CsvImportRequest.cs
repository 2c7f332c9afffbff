namespace Graph.Cypher.Import;

/// <summary>
/// What to bulk-import, in the shape of <c>neo4j-admin database import</c>: groups of CSV files, the
/// first line of each group's first file being its header (<c>id:ID(Space)</c>, <c>:LABEL</c>,
/// <c>name</c>, <c>year:int</c>, <c>tags:string[]</c>, <c>:START_ID(Space)</c>, <c>:END_ID</c>,
/// <c>:TYPE</c>, <c>:IGNORE</c>).
/// </summary>
public sealed record CsvImportRequest(IReadOnlyList<CsvNodeFiles> Nodes, IReadOnlyList<CsvRelationshipFiles> Relationships)
{
    /// <summary>Field separator.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Separator of array elements inside one field (and of labels in a :LABEL field).</summary>
    public char ArrayDelimiter { get; init; } = ';';

    /// <summary>Told how far the import has read, every few thousand records (from the parsing thread).</summary>
    public Action<ImportProgress>? Progress { get; init; }
}

/// <summary>How far an import has read: bytes of all its files, and what it has parsed so far.</summary>
public readonly record struct ImportProgress(long BytesRead, long TotalBytes, long Nodes, long Relationships);

/// <summary>Node files: every node gets <paramref name="Labels"/> plus any of its :LABEL column.</summary>
public sealed record CsvNodeFiles(IReadOnlyList<string> Labels, IReadOnlyList<string> Files);

/// <summary>Relationship files: of <paramref name="Type"/>, or of each row's :TYPE column when null.</summary>
public sealed record CsvRelationshipFiles(string? Type, IReadOnlyList<string> Files);

/// <summary>What an import added.</summary>
public sealed record ImportSummary(long Nodes, long Relationships, long Properties, TimeSpan Elapsed);
