using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>The updating clauses the planner covers: every expression they hold must be one the planner covers too.</summary>
internal static class WriteShape
{
    public static void Check(Clause clause)
    {
        switch (clause)
        {
            case CreateClause c:
                foreach (var part in c.Pattern.Parts) Part(part);
                break;
            case MergeClause mg:
                Part(mg.Part);
                foreach (var item in mg.OnCreate.Concat(mg.OnMatch)) Item(item);
                break;
            case SetClause s:
                foreach (var item in s.Items) Item(item);
                break;
            case RemoveClause rm:
                foreach (var item in rm.Items)
                {
                    if (item is RemovePropertyItem p) StatementShape.CheckExpression(p.Target);
                    if (item is RemovePropertyItem { DynamicKey: { } key }) StatementShape.CheckExpression(key);
                }
                break;
            case DeleteClause d:
                foreach (var target in d.Targets) StatementShape.CheckExpression(target);
                break;
        }
    }

    private static void Part(PatternPart part)
    {
        // $(expr) labels and types are given by the updater (as the interpreter does); their expressions must be ones the planner covers.
        foreach (var term in part.Nodes.SelectMany(n => Syntax.Analysis.DynamicLabelTerms.Of(n.Labels)).Concat(part.Relationships.SelectMany(r => Syntax.Analysis.DynamicLabelTerms.Of(r.Types)))) StatementShape.CheckExpression(term.Expression);
        foreach (var n in part.Nodes) StatementShape.CheckExpression(n.Properties);
        foreach (var r in part.Relationships) StatementShape.CheckExpression(r.Properties);
    }

    private static void Item(SetItem item)
    {
        foreach (var e in SetItemExpressions.Of(item)) StatementShape.CheckExpression(e);
    }
}
