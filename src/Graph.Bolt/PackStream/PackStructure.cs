namespace Graph.Bolt.PackStream;

/// <summary>A PackStream structure: a one-byte tag and its fields (a message, a node, a date, …).</summary>
public sealed record PackStructure(byte Tag, IReadOnlyList<object?> Fields)
{
    public bool Equals(PackStructure? other) => other is not null && other.Tag == Tag && Fields.SequenceEqual(other.Fields);

    public override int GetHashCode() => HashCode.Combine(Tag, Fields.Count);
}
