using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>
/// EXPLAIN/PROFILE output: one row per operator, leaf first in Neo4j's spirit, columns "Operator",
/// "Details" and "Estimated Rows" (PROFILE adds "Rows" from the actual run).
/// </summary>
internal static class PlanDescription
{
    public static IReadOnlyList<(string Operator, string Details)> Describe(Statement statement)
    {
        var ops = new List<(string, string)>();
        switch (statement)
        {
            case SingleQuery q: Clauses(q.Clauses, ops); break;
            case UnionQuery u:
                foreach (var part in u.Parts) Clauses(part.Clauses, ops);
                ops.Add((u.All ? "Union" : "Distinct+Union", ""));
                break;
            default: ops.Add((statement.GetType().Name, "")); break;
        }
        ops.Add(("ProduceResults", ""));
        return ops;
    }

    private static void Clauses(IReadOnlyList<Clause> clauses, List<(string, string)> ops)
    {
        foreach (var clause in clauses)
        {
            switch (clause)
            {
                case MatchClause m:
                    foreach (var part in m.Pattern.Parts)
                    {
                        var first = part.Nodes[0];
                        var label = first.Labels is LabelName l ? l.Name : null;
                        ops.Add((label is null ? "AllNodesScan" : first.Properties is not null ? "NodeIndexSeek|NodeByLabelScan" : "NodeByLabelScan",
                            $"{first.Variable}{(label is null ? "" : ":" + label)}"));
                        foreach (var rel in part.Relationships)
                        {
                            ops.Add((part.Selector != PathSelector.All ? "ShortestPath" : rel.Length is null ? "Expand(All)" : "VarLengthExpand(All)", rel.Variable ?? ""));
                        }
                    }
                    if (m.Where is not null) ops.Add(("Filter", ""));
                    if (m.Optional) ops.Add(("Optional", ""));
                    break;
                case UnwindClause u: ops.Add(("Unwind", u.Variable)); break;
                case WithClause w: Projection(w.Projection, ops); if (w.Where is not null) ops.Add(("Filter", "")); break;
                case ReturnClause r: Projection(r.Projection, ops); break;
                case CreateClause: ops.Add(("Create", "")); break;
                case MergeClause: ops.Add(("Merge", "")); break;
                case SetClause: ops.Add(("SetProperty", "")); break;
                case RemoveClause: ops.Add(("RemoveLabels|RemoveProperty", "")); break;
                case DeleteClause d: ops.Add((d.Detach ? "DetachDelete" : "Delete", "")); break;
                case ForeachClause: ops.Add(("Foreach", "")); break;
                case SubqueryCallClause: ops.Add(("Apply", "CALL { … }")); break;
                case ProcedureCallClause p: ops.Add(("ProcedureCall", p.Name)); break;
            }
        }
    }

    private static void Projection(Projection p, List<(string, string)> ops)
    {
        var names = string.Join(", ", p.Items.Select(i => i.Name));
        ops.Add((p.Items.Any(i => Execution.AggregateCalls.Contains(i.Expression)) ? "EagerAggregation" : "Projection", names));
        if (p.Distinct) ops.Add(("Distinct", names));
        if (p.OrderBy.Count > 0) ops.Add(("Sort", ""));
        if (p.Skip is not null) ops.Add(("Skip", ""));
        if (p.Limit is not null) ops.Add(("Limit", ""));
    }
}
