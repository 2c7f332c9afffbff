namespace Graph.Cypher.Planning;

/// <summary>
/// Why a statement runs on the clause interpreter instead of a planned operator tree. Each shape the planner
/// does not cover yet is its own case, decided once when the statement is planned and shown by EXPLAIN, so
/// coverage can grow case by case.
/// </summary>
internal enum FallbackReason
{
    /// <summary>Planned: no fallback.</summary>
    None,

    /// <summary>Forced by the engine option (differential tests run both runtimes).</summary>
    Forced,

    /// <summary>Schema commands, SHOW: not queries.</summary>
    NotAQuery,
    UpdatingClause,
    /// <summary>shortestPath() as an expression, or a path selector inside a pattern expression.</summary>
    ShortestPath,
    /// <summary>A variable-length hop whose inline property values read a variable of the same pattern (they would change along the walk).</summary>
    VariableLengthRelationship,
    /// <summary>A variable-length hop whose type is a general expression ([:!A*]).</summary>
    RelationshipTypeExpression,
    /// <summary>A pattern's properties not written as a map literal (the parser rejects $map in MATCH today; kept as a guard).</summary>
    PropertyMapExpression,

    /// <summary>A relationship list bound by an earlier clause walked again as a variable-length hop (a single relationship is ProjectEndpoints).</summary>
    RepeatedRelationshipVariable,

    /// <summary>A pattern names as a node a variable bound earlier to a relationship (semantic analysis rejects it first; kept as a guard).</summary>
    BoundVariableNotANode,

    /// <summary>A pattern expression or subquery where no Apply computes it (ORDER BY, outside the aggregates of an aggregating item, a body with WITH or UNION).</summary>
    PatternExpression,

    /// <summary>A name the planner cannot resolve; the interpreter reports the error as it always has.</summary>
    UnresolvedVariable,

    /// <summary>Two quantified or selective parts in one MATCH (their relationships kept apart), or a quantified path pattern in a pattern expression.</summary>
    QuantifiedPath,

    /// <summary>Labels or types given as expressions, $(expr), in a shortest-path pattern (elsewhere a Filter tests them).</summary>
    DynamicLabel,

    /// <summary>The planner failed on the statement (a bug to fix); the interpreter answers it meanwhile.</summary>
    PlannerFault,
}

/// <summary>Thrown inside the planner to give up on a statement for a named reason.</summary>
internal sealed class PlanningFallbackException(FallbackReason reason) : Exception(reason.ToString())
{
    public FallbackReason Reason { get; } = reason;
}
