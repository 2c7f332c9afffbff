namespace Graph.Cypher.Import;

/// <summary>The value types a header may give a column (neo4j-admin's names; int/short/byte are longs, float a double).</summary>
internal enum CsvValueType
{
    String,
    Long,
    Double,
    Boolean,
    Date,
    LocalTime,
    Time,
    LocalDateTime,
    DateTime,
    Duration,
}
