namespace Graph.Cypher.Functions.Temporal;

/// <summary>The five temporal instant types of Cypher.</summary>
internal enum TemporalKind
{
    Date,
    LocalTime,
    Time,
    LocalDateTime,
    DateTime,
}

internal static class TemporalKindExtensions
{
    public static bool HasDate(this TemporalKind kind) => kind is TemporalKind.Date or TemporalKind.LocalDateTime or TemporalKind.DateTime;

    public static bool HasTime(this TemporalKind kind) => kind is not TemporalKind.Date;

    public static bool HasZone(this TemporalKind kind) => kind is TemporalKind.Time or TemporalKind.DateTime;

    /// <summary>The name Neo4j uses in messages ("Text cannot be parsed to a LocalDateTime").</summary>
    public static string Name(this TemporalKind kind) => kind switch
    {
        TemporalKind.Date => "Date",
        TemporalKind.LocalTime => "LocalTime",
        TemporalKind.Time => "Time",
        TemporalKind.LocalDateTime => "LocalDateTime",
        _ => "DateTime",
    };
}
