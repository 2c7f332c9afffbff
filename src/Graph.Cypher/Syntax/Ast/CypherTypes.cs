namespace Graph.Cypher.Syntax.Ast;

/// <summary>The value types a type predicate or a property type constraint names (Cypher manual, "Values and types").</summary>
public enum CypherTypeKind
{
    Any,
    Nothing,
    Null,
    Boolean,
    String,
    Integer,
    Float,
    Date,
    LocalTime,
    ZonedTime,
    LocalDateTime,
    ZonedDateTime,
    Duration,
    Point,
    Node,
    Relationship,
    Map,
    Path,
    PropertyValue,
    List,
}

/// <summary>
/// A type as written after <c>IS ::</c>: a kind, LIST&lt;Element&gt; for lists, a closed union for
/// <c>A | B</c> / <c>ANY&lt;A | B&gt;</c>. <see cref="NotNull"/> excludes null; every other type includes it.
/// </summary>
public sealed record CypherType(CypherTypeKind Kind, bool NotNull, CypherType? Element = null, IReadOnlyList<CypherType>? Union = null)
{
    /// <summary>Neo4j's own spelling, used in messages and SHOW CONSTRAINTS.</summary>
    public override string ToString()
    {
        var text = Union is not null
            ? string.Join(" | ", Union)
            : Kind switch
            {
                CypherTypeKind.List => $"LIST<{Element}>",
                CypherTypeKind.LocalTime => "LOCAL TIME",
                CypherTypeKind.ZonedTime => "ZONED TIME",
                CypherTypeKind.LocalDateTime => "LOCAL DATETIME",
                CypherTypeKind.ZonedDateTime => "ZONED DATETIME",
                CypherTypeKind.PropertyValue => "PROPERTY VALUE",
                _ => Kind.ToString().ToUpperInvariant(),
            };
        return NotNull && Kind is not (CypherTypeKind.Nothing or CypherTypeKind.Null) ? text + " NOT NULL" : text;
    }
}
