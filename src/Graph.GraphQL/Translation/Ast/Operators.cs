namespace Graph.GraphQL.Translation.Ast;

/// <summary><c>left op right</c>: comparisons, <c>IN</c>, <c>CONTAINS</c>, <c>STARTS WITH</c>, <c>=~</c>, <c>+</c>.</summary>
internal sealed record Binary(Expr Left, string Operator, Expr Right) : Expr
{
    public override string Print() => $"{Left.Print()} {Operator} {Right.Print()}";
}

/// <summary><c>NOT (inner)</c>; without parentheses where the inner expression binds tighter (<c>NOT x IN list</c>).</summary>
internal sealed record Not(Expr Inner, bool Parenthesised = true) : Expr
{
    public override string Print() => Parenthesised ? $"NOT ({Inner.Print()})" : "NOT " + Inner.Print();
}

/// <summary><c>subject IS NULL</c> / <c>subject IS NOT NULL</c>.</summary>
internal sealed record IsNull(Expr Subject, bool Negated = false) : Expr
{
    public override string Print() => Subject.Print() + (Negated ? " IS NOT NULL" : " IS NULL");
}

/// <summary>
/// Parts joined by AND or OR, in parentheses when there are several so the junction nests safely in any other
/// predicate. <see cref="Of"/> drops absent parts and gives null when none is left (an empty filter).
/// </summary>
internal sealed record Junction(string Operator, IReadOnlyList<Expr> Parts, bool Parenthesised = true) : Expr
{
    /// <param name="parenthesised">False only where the junction stands alone (a WHERE of its own).</param>
    public static Expr? Of(string op, IEnumerable<Expr?> parts, bool parenthesised = true)
    {
        var list = parts.OfType<Expr>().ToList();
        return list.Count switch
        {
            0 => null,
            1 => list[0],
            _ => new Junction(op, list, parenthesised),
        };
    }

    public static Expr? And(IEnumerable<Expr?> parts) => Of("AND", parts);

    public override string Print()
    {
        var text = string.Join($" {Operator} ", Parts.Select(p => p.Print()));
        return Parenthesised ? "(" + text + ")" : text;
    }
}
