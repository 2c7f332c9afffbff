namespace Graph.GraphQL.Translation.Ast;

/// <summary><c>CASE WHEN c THEN v … [ELSE e] END</c>.</summary>
internal sealed record Case(IReadOnlyList<(Expr When, Expr Then)> Branches, Expr? Else = null) : Expr
{
    public override string Print() =>
        "CASE " + string.Concat(Branches.Select(b => $"WHEN {b.When.Print()} THEN {b.Then.Print()} "))
        + (Else is null ? "" : $"ELSE {Else.Print()} ") + "END";
}

/// <summary><c>[item IN list | projection]</c>.</summary>
internal sealed record ListComprehension(Variable Item, Expr List, Expr Projection) : Expr
{
    public override string Print() => $"[{Item.Print()} IN {List.Print()} | {Projection.Print()}]";
}

/// <summary><c>reduce(acc = initial, item IN list | step)</c>.</summary>
internal sealed record Reduce(Variable Accumulator, Expr Initial, Variable Item, Expr List, Expr Step) : Expr
{
    public override string Print() => $"reduce({Accumulator.Print()} = {Initial.Print()}, {Item.Print()} IN {List.Print()} | {Step.Print()})";
}

/// <summary>The GraphQL type name of a node: its label among the scope's labels (a CASE when there are several).</summary>
internal static class TypeNameOf
{
    public static Expr Node(Variable node, IReadOnlyList<string> labels) => labels.Count == 1
        ? new ModelString(labels[0])
        : new Case(labels.Select(l => ((Expr)new HasLabel(node, l), (Expr)new ModelString(l))).ToList());
}
