namespace Graph.Cypher.Storage.Durability;

/// <summary>What <see cref="ChainRescue"/> found: the lines it keeps and loses, and the file changes that keep them.</summary>
internal sealed class RescuePlan(string directory)
{
    public string Directory { get; } = directory;

    public List<string> Kept { get; } = [];

    public List<string> Lost { get; } = [];

    /// <summary>The snapshot the kept state starts from, if any.</summary>
    public string? Snapshot { get; set; }

    /// <summary>First record of the last segment kept; null when no segment is kept (one is started).</summary>
    public long? NewestSegment { get; set; }

    /// <summary>The last record kept.</summary>
    public long LastLsn { get; set; }

    public List<string> SetAside { get; } = [];

    /// <summary>A kept segment cut back to its last whole record.</summary>
    public (string Path, long Length)? Cut { get; set; }

    /// <summary>Where dropped files went, once applied.</summary>
    public string? SetAsideIn { get; set; }
}
