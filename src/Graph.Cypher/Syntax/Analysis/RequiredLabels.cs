using System.Runtime.CompilerServices;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Analysis;

/// <summary>The labels (or relationship types) every match must carry: the conjunctive part of a label expression.</summary>
internal static class RequiredLabels
{
    private static readonly ConditionalWeakTable<LabelExpression, IReadOnlyList<string>> Required = [];

    /// <summary>Worked out once per expression; empty for none or for a disjunction, negation or wildcard.</summary>
    public static IReadOnlyList<string> Of(LabelExpression? expression) =>
        expression is null ? [] : Required.GetValue(expression, static e => Conjunctive(e));

    private static IReadOnlyList<string> Conjunctive(LabelExpression expression) => expression switch
    {
        LabelName n => [n.Name],
        LabelAnd a => [.. Conjunctive(a.Left), .. Conjunctive(a.Right)],
        _ => [],
    };
}
