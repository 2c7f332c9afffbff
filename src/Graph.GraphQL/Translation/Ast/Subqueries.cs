namespace Graph.GraphQL.Translation.Ast;

/// <summary><c>EXISTS { MATCH pattern [WHERE predicate] }</c> (Neo4j 5 existential subquery).</summary>
internal sealed record Exists(Pattern Pattern, Expr? Where) : Expr
{
    public override string Print() => $"EXISTS {{ MATCH {Pattern.Print()}{WhereText(Where)} }}";

    internal static string WhereText(Expr? where) => where is null ? "" : " WHERE " + where.Print();
}

/// <summary><c>COUNT { MATCH pattern [WHERE predicate] }</c>.</summary>
internal sealed record CountSubquery(Pattern Pattern, Expr? Where) : Expr
{
    public override string Print() => $"COUNT {{ MATCH {Pattern.Print()}{Exists.WhereText(Where)} }}";
}

/// <summary><c>NOT EXISTS { … }</c>: printed without the parentheses a general <see cref="Not"/> adds.</summary>
internal sealed record NotExists(Exists Inner) : Expr
{
    public override string Print() => "NOT " + Inner.Print();
}
