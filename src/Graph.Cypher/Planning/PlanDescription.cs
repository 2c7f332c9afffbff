using Graph.Cypher.Semantics;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>
/// The operators of a statement, leaf first (the statement executor prints them root first, as Neo4j
/// does). Each one knows the clause and stage whose rows and db hits PROFILE reports for it.
/// </summary>
internal static class PlanDescription
{
    public static IReadOnlyList<PlanStep> Describe(Statement statement, IGraphView view)
    {
        var ops = new List<PlanStep>();
        switch (statement)
        {
            case SingleQuery q: Clauses(q.Clauses, ops, view, []); break;
            case UnionQuery u:
                foreach (var part in u.Parts) Clauses(part.Clauses, ops, view, []);
                ops.Add(new(u.All ? "Union" : "Distinct+Union", "", null));
                break;
            default: ops.Add(new(statement.GetType().Name, "", null)); break;
        }
        ops.Add(new("ProduceResults", "", null));
        return ops;
    }

    private static void Clauses(IReadOnlyList<Clause> clauses, List<PlanStep> ops, IGraphView view, HashSet<string> bound)
    {
        foreach (var clause in clauses)
        {
            switch (clause)
            {
                case MatchClause m: Match(m, ops, view, bound); break;
                case UnwindClause u: ops.Add(new("Unwind", u.Variable, clause, Stage: Stages.Main)); bound.Add(u.Variable); break;
                case LoadCsvClause l: ops.Add(new("LoadCSV", l.Variable, clause, Stage: Stages.Main)); bound.Add(l.Variable); break;
                case WithClause w:
                    if (!w.Projection.IncludeExisting) bound.Clear();
                    bound.UnionWith(w.Projection.Items.Select(i => i.Name));
                    Projection(w.Projection, w, ops); if (w.Where is not null) ops.Add(new("Filter", "", clause)); break;
                case ReturnClause r: Projection(r.Projection, r, ops); break;
                case CreateClause: ops.Add(new("Create", "", clause, Stage: Stages.Main)); break;
                case MergeClause: ops.Add(new("Merge", "", clause, Stage: Stages.Main)); break;
                case SetClause: ops.Add(new("SetProperty", "", clause, Stage: Stages.Main)); break;
                case RemoveClause: ops.Add(new("RemoveLabels|RemoveProperty", "", clause, Stage: Stages.Main)); break;
                case DeleteClause d: ops.Add(new(d.Detach ? "DetachDelete" : "Delete", "", clause, Stage: Stages.Main)); break;
                case ForeachClause: ops.Add(new("Foreach", "", clause, Stage: Stages.Main)); break;
                case FinishClause: ops.Add(new("EmptyResult", "", clause, Stage: Stages.Main)); break;
                case SubqueryCallClause: ops.Add(new("Apply", "CALL { … }", clause, Stage: Stages.Main)); break;
                case ProcedureCallClause p: ops.Add(new("ProcedureCall", p.Name, clause, Stage: Stages.Main)); break;
            }
        }
    }

    /// <summary>Per part: how it starts, then one expand per hop; the WHERE's remaining filter last.</summary>
    private static void Match(MatchClause m, List<PlanStep> ops, IGraphView view, HashSet<string> bound)
    {
        var hints = SeekHints.From(m.Where);
        for (var p = 0; p < m.Pattern.Parts.Count; p++)
        {
            var part = m.Pattern.Parts[p];
            if (part.Selector != PathSelector.All)
            {
                ops.Add(new("ShortestPath", part.PathVariable ?? "", m, Stage: Stages.Start(p)));
                continue;
            }
            // The same choice the matcher makes: walk from the cheaper end.
            var reversed = part.Nodes.Count > 1 && StartCost(part.Nodes[^1], hints, bound, view) < StartCost(part.Nodes[0], hints, bound, view);
            var steps = PartSteps.From(part, reversed, p);
            var first = steps.Nodes[0];
            var start = first.Variable is not null && bound.Contains(first.Variable)
                ? new PlanStep("Argument", first.Variable, m, 1)
                : StartOperator(first, m.Where, view, m);
            ops.Add(start with { Stage = Stages.Start(p), StageRows = true });
            for (var hop = 0; hop < steps.Relationships.Count; hop++)
            {
                var rel = steps.Relationships[hop];
                var name = rel.Length is null ? "Expand(All)" : "VarLengthExpand(All)";
                ops.Add(new(name, PatternText.Hop(steps.Nodes[hop], rel, steps.Nodes[hop + 1]), m, Stage: Stages.Expand(p, hop), StageRows: true));
            }
            bound.UnionWith(PatternVariables.Of(part));
        }
        if (m.Where is not null) ops.Add(new("Filter", "", m, Stage: Stages.Filter));
        if (m.Optional) ops.Add(new("Optional", "", m));
    }

    private static void Projection(Projection p, Clause clause, List<PlanStep> ops)
    {
        var names = string.Join(", ", p.Items.Select(i => i.Name));
        ops.Add(new(p.Items.Any(i => AggregateCalls.Contains(i.Expression)) ? "EagerAggregation" : "Projection", names, clause, Stage: Stages.Main));
        if (p.Distinct) ops.Add(new("Distinct", names, clause));
        if (p.OrderBy.Count > 0) ops.Add(new("Sort", "", clause));
        if (p.Skip is not null) ops.Add(new("Skip", "", clause));
        if (p.Limit is not null) ops.Add(new("Limit", "", clause));
    }

    /// <summary>Mirrors PatternMatcher.Estimate: bound 0, a seek its estimate, else the smallest label count, else every node.</summary>
    private static long StartCost(NodePattern node, IReadOnlyList<SeekHint> hints, HashSet<string> bound, IGraphView view)
    {
        if (node.Variable is not null && bound.Contains(node.Variable)) return 0;
        var labels = RequiredLabels.Of(node.Labels);
        if (labels.Count == 0) return view.NodeCount + 1;
        if (NodeSeek.Choose(node, hints, view) is { } seek) return seek.Estimate;
        return labels.Min(view.CountNodesWithLabel) + 1;
    }

    /// <summary>How the matcher will find a part's first node: index seek, label scan or all-nodes scan, with a row estimate.</summary>
    private static PlanStep StartOperator(NodePattern first, Expression? where, IGraphView view, Clause clause)
    {
        var labels = RequiredLabels.Of(first.Labels);
        var details = first.Variable + string.Concat(labels.Select(l => ":" + l));
        if (labels.Count == 0) return new PlanStep("AllNodesScan", details, clause, view.NodeCount);
        if (NodeSeek.Choose(first, SeekHints.From(where), view) is { } seek) return new PlanStep(seek.Operator, seek.Details, clause, seek.Estimate);
        return new PlanStep("NodeByLabelScan", details, clause, labels.Min(view.CountNodesWithLabel));
    }
}
