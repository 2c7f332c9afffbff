using Graph.Cypher.Procedures;

namespace Graph.Cypher.Planning.Logical;

/// <summary>One procedure output bound to a symbol (YIELD field AS name).</summary>
internal sealed record YieldedField(string Field, Symbol Symbol);

/// <summary>
/// CALL proc(args) YIELD …: per input row, the procedure's rows, each yielded field in its own slot. Arguments are
/// expressions over the row, or (CALL proc without parentheses) the parameters named like the inputs.
/// </summary>
internal sealed record ProcedureCallPlan(LogicalPlan Source, Procedure Procedure, IReadOnlyList<BoundExpression>? Arguments, IReadOnlyList<YieldedField> Fields, double Estimate)
    : UnaryPlan(Source, Estimate)
{
    public override string Operator => "ProcedureCall";

    public override string Details =>
        $"{Procedure.Name}({(Arguments is null ? "" : string.Join(", ", Arguments.Select(a => a.Text)))}) :: ({string.Join(", ", Fields.Select(f => f.Field == f.Symbol.Name ? f.Field : $"{f.Field} AS {f.Symbol}"))})";
}
