namespace Graph.Cypher.Import;

/// <summary>What a CSV column holds.</summary>
internal enum CsvColumnRole
{
    Property,
    Id,
    Label,
    StartId,
    EndId,
    Type,
    Ignore,
}

/// <summary>
/// One header field: its role, the property name (null when not stored), the value type and, for id
/// columns, the id space (ids are unique per space; relationships name the spaces of their ends).
/// </summary>
internal sealed record CsvColumn(CsvColumnRole Role, string? Property, CsvValueType Type, bool IsArray, string IdSpace);
