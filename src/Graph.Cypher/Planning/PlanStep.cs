using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>
/// One operator row of a described plan. <see cref="Clause"/> ties it to the clause whose rows PROFILE
/// counts; <see cref="Stage"/> (see Execution.Profiling.Stages) names the slot its db hits land on, null
/// when the operator reads nothing itself; <see cref="StageRows"/> takes rows from that slot, not the clause.
/// </summary>
internal sealed record PlanStep(string Operator, string Details, Clause? Clause, long? EstimatedRows = null, int? Stage = null, bool StageRows = false);
