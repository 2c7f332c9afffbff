using System.Runtime.CompilerServices;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Analysis;

/// <summary>The $(…), $all(…) and $any(…) terms of label expressions and patterns (Neo4j 5.26 dynamic labels).</summary>
internal static class DynamicLabelTerms
{
    private static readonly ConditionalWeakTable<PatternPart, object> PartsWithTerms = [];
    private static readonly object Yes = new(), No = new();

    public static IEnumerable<DynamicLabelExpression> Of(LabelExpression? expression)
    {
        switch (expression)
        {
            case DynamicLabelExpression d:
                yield return d;
                break;
            case LabelAnd a:
                foreach (var t in Of(a.Left).Concat(Of(a.Right))) yield return t;
                break;
            case LabelOr o:
                foreach (var t in Of(o.Left).Concat(Of(o.Right))) yield return t;
                break;
            case LabelNot n:
                foreach (var t in Of(n.Operand)) yield return t;
                break;
        }
    }

    public static bool In(LabelExpression? expression) => Of(expression).Any();

    /// <summary>Whether any node or relationship of the part has a dynamic term; worked out once per part.</summary>
    public static bool In(PatternPart part) =>
        PartsWithTerms.GetValue(part, static p => p.Nodes.Any(n => In(n.Labels)) || p.Relationships.Any(r => In(r.Types)) ? Yes : No) == Yes;
}
