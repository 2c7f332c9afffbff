using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>One operator row of a described plan; <see cref="Clause"/> ties it to the clause whose rows PROFILE counts.</summary>
internal sealed record PlanStep(string Operator, string Details, Clause? Clause, long? EstimatedRows = null);
