namespace Graph.Benchmarks.Generation;

/// <summary>
/// How N entities split into labels, in proportions like the news graph's: few states, more
/// ministries, many organizations, agreements, events, places and leaders, and documents the most.
/// Entities are numbered 0..N-1 label by label, so a label is a contiguous range of indexes.
/// </summary>
internal sealed class GraphShape
{
    public static readonly EntityKind State = new("State", "st", 0.001, 5, ["Republic", "Kingdom", "Federation"]);
    public static readonly EntityKind Ministry = new("Ministry", "mi", 0.02, 10, ["stated", "implied"]);
    public static readonly EntityKind Organization = new("Organization", "or", 0.159, 10, ["Council", "Agency", "Foundation", "Company"]);
    public static readonly EntityKind Agreement = new("Agreement", "ag", 0.15, 10, ["Declaration", "Protocol", "Program", "Memorandum"]);
    public static readonly EntityKind Event = new("Event", "ev", 0.12, 10, ["Visit", "Summit", "Forum"]);
    public static readonly EntityKind Place = new("Place", "pl", 0.15, 10, ["City", "Region", "Village"]);
    public static readonly EntityKind Leader = new("Leader", "le", 0.10, 10, ["President", "Minister", "Ambassador"]);
    public static readonly EntityKind Document = new("Document", "do", 0.30, 10, ["News", "Report"]);

    public static readonly IReadOnlyList<EntityKind> Kinds = [State, Ministry, Organization, Agreement, Event, Place, Leader, Document];

    private readonly Dictionary<EntityKind, (long Start, long Count)> _ranges = [];

    public GraphShape(long entities)
    {
        if (entities < 1000) throw new ArgumentOutOfRangeException(nameof(entities), "Use at least 1000 entities.");
        long start = 0;
        foreach (var kind in Kinds)
        {
            // Documents take whatever is left so the total is exactly N.
            var count = kind == Document ? entities - start : Math.Max(kind.Minimum, (long)(entities * kind.Share));
            _ranges[kind] = (start, count);
            start += count;
        }

        Entities = entities;
    }

    public long Entities { get; }

    public long Start(EntityKind kind) => _ranges[kind].Start;

    public long Count(EntityKind kind) => _ranges[kind].Count;

    public EntityKind KindOf(long index)
    {
        foreach (var kind in Kinds)
        {
            var (start, count) = _ranges[kind];
            if (index < start + count) return kind;
        }

        throw new ArgumentOutOfRangeException(nameof(index));
    }

    /// <summary>The stable id of entity <paramref name="index"/> (unique across labels).</summary>
    public string Id(long index) => KindOf(index).Prefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
