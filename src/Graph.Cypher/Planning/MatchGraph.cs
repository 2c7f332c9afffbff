using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>A node of a MATCH pattern: its symbol, whether an earlier clause bound it, and the labels every match carries.</summary>
internal sealed class MatchNode(Symbol symbol, bool bound, int order)
{
    public Symbol Symbol { get; } = symbol;

    public bool Bound { get; } = bound;

    /// <summary>Position of first mention in the pattern: ties between start points go to the earlier node.</summary>
    public int Order { get; } = order;

    public List<string> Labels { get; } = [];

    /// <summary>Its inline properties and node WHERE, as (key, value) equalities for index seeks.</summary>
    public List<(string Key, Expression Value)> Equalities { get; } = [];
}

/// <summary>A relationship of a MATCH pattern, with its ends as written.</summary>
/// <remarks><see cref="Length"/> is set for a variable-length relationship (its symbol then holds a list).</remarks>
internal sealed record MatchRelationship(Symbol Symbol, MatchNode Left, MatchNode Right, RelationshipDirection Direction, IReadOnlyList<string>? Types, int Order, VariableLength? Length = null)
{
    /// <summary>A variable-length hop's test of each relationship it walks (its inline properties), or null.</summary>
    public EachRelationship? Each { get; init; }

    /// <summary>The relationship was bound by an earlier clause: its ends are projected, not expanded to.</summary>
    public bool Bound { get; init; }
}

/// <summary>
/// A MATCH clause as a graph: its nodes and relationships with symbols, the scope inside it (earlier
/// variables plus the pattern's, anonymous ones under hidden names), and every predicate it must hold:
/// the WHERE's conjuncts, labels, inline properties, node and relationship WHEREs, relationship uniqueness.
/// </summary>
internal sealed class MatchGraph
{
    public List<MatchNode> Nodes { get; } = [];

    public List<MatchRelationship> Relationships { get; } = [];

    public List<Predicate> Predicates { get; } = [];

    /// <summary>Conjuncts reading pattern expressions or subqueries: planned as Applies over the whole match.</summary>
    public List<Expression> Subqueries { get; } = [];

    public required Scope Scope { get; set; }

    /// <summary>Named paths (p = …) of the pattern, built once the whole pattern is matched.</summary>
    public List<(Symbol Path, List<Symbol> Nodes, List<PathStep> Steps)> Paths { get; } = [];

    /// <summary>shortestPath parts and other searched parts (quantified, selective), searched once their bound ends are.</summary>
    public List<Func<LogicalPlan, LogicalPlan>> Shortest { get; } = [];
}
