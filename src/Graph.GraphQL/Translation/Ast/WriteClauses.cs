namespace Graph.GraphQL.Translation.Ast;

/// <summary><c>CREATE pattern</c>.</summary>
internal sealed record Create(Pattern Pattern) : Clause
{
    public override string Print() => "CREATE " + Pattern.Print();
}

/// <summary><c>SET target = value</c> or <c>SET target += map</c>.</summary>
internal sealed record Set(Expr Target, Expr Value, bool Merge = false) : Clause
{
    public override string Print() => $"SET {Target.Print()} {(Merge ? "+=" : "=")} {Value.Print()}";
}

/// <summary><c>[DETACH] DELETE variable</c>.</summary>
internal sealed record Delete(Variable Target, bool Detach = false) : Clause
{
    public override string Print() => (Detach ? "DETACH DELETE " : "DELETE ") + Target.Print();
}
