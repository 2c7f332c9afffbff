using Graph.Cypher.Storage;

namespace Graph.Cypher.Planning.Logical;

/// <summary>What a <see cref="RollUpExpandPlan"/> makes of the values it computes for one start node.</summary>
internal enum RollUpExpandKind
{
    /// <summary><c>collect(e)</c>: the non-null values, in hop order.</summary>
    Collect,

    /// <summary><c>head(collect(e))</c>: the first non-null value, or null.</summary>
    Head,

    /// <summary>A pattern comprehension: every value, nulls kept.</summary>
    Comprehension,
}

/// <summary>
/// RollUpApply fused with the Expand(All) it runs per row: <c>CALL (x) { MATCH (x)-[:T]-&gt;(y:L) [WHERE …] RETURN
/// collect(y {…}) AS v }</c> (the GraphQL translator's nested list field) and the one-hop pattern comprehension.
/// Per left row, the start node's relationships are read in one batch, the far ends filtered by label bitmap, and
/// <see cref="Value"/> computed per far end into one list, without a row, iterator or aggregation per level.
/// </summary>
/// <remarks>
/// <see cref="Levels"/> is the body's nested collected subqueries over the far end (a nested field of a nested
/// field), themselves RollUpExpands over an Argument holding <see cref="To"/>: each adds one column per far end
/// that <see cref="Value"/> reads. <see cref="SharedEnds"/>: the far ends come from a label small enough that a
/// read statement keeps their property values once (the same string for every mention of a state).
/// <see cref="AnyToLabels"/>: the far end's label disjunction (<c>(y:State|Ministry|Organization)</c>, a GraphQL
/// interface field's targets), a far end kept when it carries one of them.
/// </remarks>
internal sealed record RollUpExpandPlan(
    LogicalPlan Left,
    LogicalPlan? Levels,
    Symbol From,
    Symbol Relationship,
    Symbol To,
    Direction Direction,
    IReadOnlyList<string>? Types,
    IReadOnlyList<string> ToLabels,
    BoundExpression? Where,
    BoundExpression Value,
    Symbol Into,
    RollUpExpandKind Kind,
    bool SharedEnds,
    double Estimate,
    IReadOnlyList<string>? AnyToLabels = null) : LogicalPlan(Estimate)
{
    /// <summary>The largest label whose far ends share values, and the most values a statement keeps.</summary>
    public const int SharedLimit = 1 << 16;

    public override string Operator => "RollUpExpand(All)";

    public override IReadOnlyList<LogicalPlan> Children => Levels is null ? [Left] : [Left, Levels];

    public override string Details
    {
        get
        {
            var types = Types is null ? "" : ":" + string.Join("|", Types);
            var inner = $"[{(Relationship.Hidden ? "" : Relationship.ToString())}{types}]";
            var to = To + string.Concat(ToLabels.Select(l => ":" + l)) + (AnyToLabels is null ? "" : ":" + string.Join("|", AnyToLabels));
            var hop = Direction switch
            {
                Direction.Outgoing => $"({From})-{inner}->({to})",
                Direction.Incoming => $"({From})<-{inner}-({to})",
                _ => $"({From})-{inner}-({to})",
            };
            var where = Where is null ? "" : " WHERE " + Where.Text;
            var value = Kind switch
            {
                RollUpExpandKind.Collect => $"collect({Value.Text})",
                RollUpExpandKind.Head => $"head(collect({Value.Text}))",
                _ => Value.Text,
            };
            return $"{hop}{where} | {value} AS {Into}";
        }
    }
}
