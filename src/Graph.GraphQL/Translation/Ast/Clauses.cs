namespace Graph.GraphQL.Translation.Ast;

/// <summary>One clause of a statement; it prints as one line, or as an indented block for a subquery.</summary>
internal abstract record Clause
{
    public abstract string Print();

    public sealed override string ToString() => Print();
}

/// <summary><c>expression AS alias</c>, or the expression alone when it is already the variable of that name.</summary>
internal sealed record Projected(Expr Expression, Variable? Alias = null)
{
    public static implicit operator Projected(Variable variable) => new(variable, null);

    public string Print() => Alias is null ? Expression.Print() : Expression.Print() + " AS " + Alias.Print();
}

/// <summary>An ORDER BY item; a null direction leaves Cypher's default (ascending).</summary>
internal sealed record SortItem(Expr Expression, string? Direction = null)
{
    public string Print() => Direction is null ? Expression.Print() : Expression.Print() + " " + Direction;
}

/// <summary><c>MATCH p, q</c>, with a WHERE on the same line when <see cref="Where"/> is given.</summary>
internal sealed record Match(IReadOnlyList<Pattern> Patterns, Expr? Where = null) : Clause
{
    public Match(Pattern pattern, Expr? where = null)
        : this([pattern], where)
    {
    }

    public override string Print() => "MATCH " + string.Join(", ", Patterns.Select(p => p.Print())) + Exists.WhereText(Where);
}

/// <summary>A WHERE on its own line, after a MATCH or a procedure call.</summary>
internal sealed record Where(Expr Predicate) : Clause
{
    public override string Print() => "WHERE " + Predicate.Print();
}

/// <summary><c>WITH [DISTINCT] items [ORDER BY …] [SKIP n] [LIMIT n]</c>.</summary>
internal sealed record With(IReadOnlyList<Projected> Items, IReadOnlyList<SortItem>? OrderBy = null, Expr? Skip = null, Expr? Limit = null, bool Distinct = false) : Clause
{
    public override string Print()
    {
        var text = "WITH " + (Distinct ? "DISTINCT " : "") + string.Join(", ", Items.Select(i => i.Print()));
        if (OrderBy is { Count: > 0 }) text += " ORDER BY " + string.Join(", ", OrderBy.Select(o => o.Print()));
        if (Skip is not null) text += " SKIP " + Skip.Print();
        if (Limit is not null) text += " LIMIT " + Limit.Print();
        return text;
    }
}

/// <summary><c>UNWIND list AS item</c>.</summary>
internal sealed record Unwind(Expr List, Variable Item) : Clause
{
    public override string Print() => $"UNWIND {List.Print()} AS {Item.Print()}";
}

/// <summary><c>RETURN items</c>.</summary>
internal sealed record Return(IReadOnlyList<Projected> Items) : Clause
{
    public Return(Expr expression, Variable alias)
        : this([new Projected(expression, alias)])
    {
    }

    public override string Print() => "RETURN " + string.Join(", ", Items.Select(i => i.Print()));
}

/// <summary>
/// <c>CALL (imports) { … }</c>: a subquery with its variable scope clause (Neo4j 5.23+), run once per incoming row.
/// Nested levels of a GraphQL selection become nested calls, so no level queries per row from the outside.
/// </summary>
internal sealed record Call(IReadOnlyList<Variable> Imports, IReadOnlyList<Clause> Body) : Clause
{
    public override string Print() =>
        "CALL (" + string.Join(", ", Imports.Select(i => i.Print())) + ") {\n"
        + string.Join("\n", Body.SelectMany(c => c.Print().Split('\n')).Select(l => "    " + l)) + "\n}";
}

/// <summary><c>CALL procedure(args) YIELD column AS variable, …</c>.</summary>
internal sealed record ProcedureCall(string Procedure, IReadOnlyList<Expr> Arguments, IReadOnlyList<(string Column, Variable As)> Yields) : Clause
{
    public override string Print() =>
        $"CALL {Procedure}({string.Join(", ", Arguments.Select(a => a.Print()))}) YIELD "
        + string.Join(", ", Yields.Select(y => $"{y.Column} AS {y.As.Print()}"));
}

/// <summary>
/// <c>MATCH path = shortestPath((a)-[*..n]-(b))</c>. Variable-length bounds cannot be parameters in Cypher;
/// <see cref="MaxLength"/> is a checked integer, never text from the request.
/// </summary>
internal sealed record ShortestPathMatch(Variable Path, Variable Start, Variable End, long MaxLength) : Clause
{
    public override string Print() =>
        $"MATCH {Path.Print()} = shortestPath(({Start.Print()})-[*..{MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)}]-({End.Print()}))";
}
