using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>A parsed and checked statement, cached by its text; <see cref="Writes"/> decides the access mode check.</summary>
internal sealed record CompiledStatement(Statement Statement, bool Writes, IReadOnlyList<string> Parameters)
{
    /// <summary>Its plan (or the reason it has none), made at its first run and kept with it in the plan cache.</summary>
    public PlanSlot Plans { get; } = new();
}
