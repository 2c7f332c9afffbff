namespace Graph.GraphQL.Translation.Ast;

/// <summary>The clauses of one statement, top level, one per line.</summary>
internal sealed record Statement(IReadOnlyList<Clause> Clauses)
{
    public string Print() => string.Join("\n", Clauses.Select(c => c.Print()));
}

/// <summary>
/// What a piece of the translator builds: the clauses that compute one value and the variable holding it (a root
/// field's value, a relationship field's list, a connection's map), so the caller can wrap and return it.
/// </summary>
internal sealed record Subquery(IReadOnlyList<Clause> Clauses, Variable Result);
