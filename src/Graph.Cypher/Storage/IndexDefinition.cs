namespace Graph.Cypher.Storage;

/// <summary>Kinds of index, named as SHOW INDEXES names them.</summary>
internal enum IndexKind
{
    Range,
    Fulltext,
    Lookup,

    /// <summary>CREATE POINT INDEX: kept, listed and logged; queries over points scan (no point structure yet).</summary>
    Point,

    /// <summary>
    /// CREATE TEXT INDEX: kept, listed and logged. Neo4j uses one for string predicates (CONTAINS, ENDS WITH, …);
    /// here those predicates scan or use a range index over the same property, which answers the same.
    /// </summary>
    Text,
}

/// <summary>An index: name, kind, whether on nodes or relationships, the labels/types and the properties.</summary>
internal sealed record IndexDefinition(
    string Name,
    IndexKind Kind,
    bool OnRelationships,
    IReadOnlyList<string> LabelsOrTypes,
    IReadOnlyList<string> Properties,
    string? OwningConstraint = null);
