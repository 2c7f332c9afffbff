using Graph.Bolt.Values;

namespace Graph.Bolt.Protocol;

/// <summary>A Bolt protocol version; this server speaks 5.0–5.4 and 4.4.</summary>
public readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    public static IReadOnlyList<BoltVersion> Supported { get; } =
        [new(5, 4), new(5, 3), new(5, 2), new(5, 1), new(5, 0), new(4, 4)];

    /// <summary>5.1 moved credentials from HELLO to LOGON.</summary>
    public bool HasLogon => this >= new BoltVersion(5, 1);

    public bool HasTelemetry => this >= new BoltVersion(5, 4);

    public BoltDialect Dialect => Major >= 5 ? BoltDialect.V5 : BoltDialect.V44;

    public int CompareTo(BoltVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator >=(BoltVersion a, BoltVersion b) => a.CompareTo(b) >= 0;

    public static bool operator <=(BoltVersion a, BoltVersion b) => a.CompareTo(b) <= 0;

    public static bool operator >(BoltVersion a, BoltVersion b) => a.CompareTo(b) > 0;

    public static bool operator <(BoltVersion a, BoltVersion b) => a.CompareTo(b) < 0;

    public override string ToString() => $"{Major}.{Minor}";
}
