using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Analysis;

/// <summary>The direct sub-expressions of an expression (for analyses that walk the tree).</summary>
internal static class ExpressionChildren
{
    public static IEnumerable<Expression> Of(object? node) => node switch
    {
        PropertyAccess p => [p.Subject],
        IndexAccess i => [i.Subject, i.Index],
        SliceAccess s => new[] { s.Subject, s.From, s.To }.OfType<Expression>(),
        ListLiteral l => l.Items,
        MapLiteral m => m.Entries.Select(e => e.Value),
        MapProjection mp => mp.Items.OfType<LiteralEntry>().Select(e => e.Value),
        BinaryExpression b => [b.Left, b.Right],
        UnaryExpression u => [u.Operand],
        IsNullExpression n => [n.Operand],
        TypePredicate t => [t.Operand],
        LabelCheck lc => [lc.Subject],
        FunctionCall f => f.Arguments,
        CaseExpression c => new[] { c.Test, c.Else }.OfType<Expression>().Concat(c.Alternatives.SelectMany(a => new[] { a.When, a.Then })),
        ListComprehension lc => new[] { lc.List, lc.Where, lc.Projection }.OfType<Expression>(),
        QuantifierExpression q => new[] { q.List, q.Where }.OfType<Expression>(),
        ReduceExpression r => [r.Initial, r.List, r.Expression],
        PatternComprehension pc => new[] { pc.Where, pc.Projection }.OfType<Expression>(),
        _ => [],
    };
}
