using Graph.Cypher.Execution;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>
/// EXPLAIN/PROFILE output: one row per operator, leaf first in Neo4j's spirit, columns "Operator",
/// "Details" and "Estimated Rows" (PROFILE adds "Rows" from the actual run).
/// </summary>
internal static class PlanDescription
{
    public static IReadOnlyList<PlanStep> Describe(Statement statement, IGraphView view)
    {
        var ops = new List<PlanStep>();
        switch (statement)
        {
            case SingleQuery q: Clauses(q.Clauses, ops, view); break;
            case UnionQuery u:
                foreach (var part in u.Parts) Clauses(part.Clauses, ops, view);
                ops.Add(new(u.All ? "Union" : "Distinct+Union", "", null));
                break;
            default: ops.Add(new(statement.GetType().Name, "", null)); break;
        }
        ops.Add(new("ProduceResults", "", null));
        return ops;
    }

    private static void Clauses(IReadOnlyList<Clause> clauses, List<PlanStep> ops, IGraphView view)
    {
        foreach (var clause in clauses)
        {
            switch (clause)
            {
                case MatchClause m:
                    foreach (var part in m.Pattern.Parts)
                    {
                        ops.Add(StartOperator(part.Nodes[0], m.Where, view, clause));
                        foreach (var rel in part.Relationships)
                        {
                            ops.Add(new(part.Selector != PathSelector.All ? "ShortestPath" : rel.Length is null ? "Expand(All)" : "VarLengthExpand(All)", rel.Variable ?? "", clause));
                        }
                    }
                    if (m.Where is not null) ops.Add(new("Filter", "", clause));
                    if (m.Optional) ops.Add(new("Optional", "", clause));
                    break;
                case UnwindClause u: ops.Add(new("Unwind", u.Variable, clause)); break;
                case WithClause w: Projection(w.Projection, w, ops); if (w.Where is not null) ops.Add(new("Filter", "", clause)); break;
                case ReturnClause r: Projection(r.Projection, r, ops); break;
                case CreateClause: ops.Add(new("Create", "", clause)); break;
                case MergeClause: ops.Add(new("Merge", "", clause)); break;
                case SetClause: ops.Add(new("SetProperty", "", clause)); break;
                case RemoveClause: ops.Add(new("RemoveLabels|RemoveProperty", "", clause)); break;
                case DeleteClause d: ops.Add(new(d.Detach ? "DetachDelete" : "Delete", "", clause)); break;
                case ForeachClause: ops.Add(new("Foreach", "", clause)); break;
                case SubqueryCallClause: ops.Add(new("Apply", "CALL { … }", clause)); break;
                case ProcedureCallClause p: ops.Add(new("ProcedureCall", p.Name, clause)); break;
            }
        }
    }

    private static void Projection(Projection p, Clause clause, List<PlanStep> ops)
    {
        var names = string.Join(", ", p.Items.Select(i => i.Name));
        ops.Add(new(p.Items.Any(i => Execution.AggregateCalls.Contains(i.Expression)) ? "EagerAggregation" : "Projection", names, clause));
        if (p.Distinct) ops.Add(new("Distinct", names, clause));
        if (p.OrderBy.Count > 0) ops.Add(new("Sort", "", clause));
        if (p.Skip is not null) ops.Add(new("Skip", "", clause));
        if (p.Limit is not null) ops.Add(new("Limit", "", clause));
    }

    /// <summary>How the matcher will find a part's first node: index seek, label scan or all-nodes scan, with a row estimate.</summary>
    private static PlanStep StartOperator(NodePattern first, Expression? where, IGraphView view, Clause clause)
    {
        var labels = PatternMatcher.RequiredLabels(first.Labels);
        var details = first.Variable + string.Concat(labels.Select(l => ":" + l));
        if (labels.Count == 0) return new PlanStep("AllNodesScan", details, clause, view.NodeCount);
        var keys = (first.Properties as MapLiteral)?.Entries.Where(e => e.Value is Literal or Parameter).Select(e => e.Key).ToList() ?? [];
        keys.AddRange(SeekHints.From(where).Where(h => h.Variable == first.Variable).Select(h => h.Key));
        var indexed = view.Indexes.FirstOrDefault(i => !i.OnRelationships && i.Kind == IndexKind.Range && labels.Intersect(i.LabelsOrTypes).Any() && keys.Contains(i.Properties[0]));
        if (indexed is not null) return new PlanStep("NodeIndexSeek", $"RANGE INDEX {details}({indexed.Properties[0]})", clause, 1);
        return new PlanStep("NodeByLabelScan", details, clause, labels.Min(view.CountNodesWithLabel));
    }
}
