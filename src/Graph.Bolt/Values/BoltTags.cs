namespace Graph.Bolt.Values;

/// <summary>Structure tags of Bolt's graph and temporal values (https://neo4j.com/docs/bolt/current/bolt/structure-semantics/).</summary>
internal static class BoltTags
{
    public const byte Node = 0x4E;
    public const byte Relationship = 0x52;
    public const byte UnboundRelationship = 0x72;
    public const byte Path = 0x50;
    public const byte Date = 0x44;
    public const byte Time = 0x54;
    public const byte LocalTime = 0x74;
    public const byte LocalDateTime = 0x64;
    /// <summary>Bolt 5 (and 4.4 with the "utc" patch): seconds since the epoch in UTC.</summary>
    public const byte DateTime = 0x49;
    public const byte DateTimeZoneId = 0x69;
    /// <summary>Bolt 4.4: seconds since the epoch in local time.</summary>
    public const byte LegacyDateTime = 0x46;
    public const byte LegacyDateTimeZoneId = 0x66;
    public const byte Duration = 0x45;
    public const byte Point2D = 0x58;
    public const byte Point3D = 0x59;
}
