using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>
/// Updating clauses as operators (Create, Merge, SetProperty/SetPropertiesFromMap/SetLabels, RemoveLabels/
/// RemoveProperty, Delete/DetachDelete), and Eager where reads meet writes, as Neo4j places it: before a write
/// that could change what an earlier read of the same rows sees, and before a read that could see an earlier
/// write of other rows. LIMIT above a write is exhaustive, and a statement ending in a write yields no rows.
/// </summary>
internal sealed partial class QueryPlanner
{
    // Reads and writes since the last Eager: a new write is checked against the reads, a new read against the writes.
    private readonly Footprint _reads = new();
    private readonly Footprint _writes = new();
    private readonly HashSet<string> _boundNames = new(StringComparer.Ordinal);
    private bool _wrote;

    /// <summary>Inserts an Eager before the clause when its reads or writes conflict with what came since the last one.</summary>
    private LogicalPlan BeforeClause(LogicalPlan plan, Clause clause, Scope scope)
    {
        _boundNames.Clear();
        _boundNames.UnionWith(scope.Variables.Keys);
        var reads = Footprint.ReadsOf(clause, _boundNames);
        var writes = Footprint.WritesOf(clause);
        var conflict = (!writes.IsEmpty && _reads.ConflictsWith(writes)) || (!_writes.IsEmpty && reads.ConflictsWith(_writes));
        if (conflict)
        {
            plan = new EagerPlan(plan, "read/write conflict", plan.Estimate);
            ClearFootprints();
        }
        _reads.Add(reads);
        _writes.Add(writes);
        return plan;
    }

    private void ClearFootprints()
    {
        _reads.Clear();
        _writes.Clear();
    }

    private LogicalPlan PlanUpdate(LogicalPlan plan, Clause clause, ref Scope scope)
    {
        var visible = scope.Variables.Values.Distinct().ToList();
        _wrote = true;
        switch (clause)
        {
            case CreateClause c:
            {
                var introduced = Introduce(c.Pattern.Parts, ref scope);
                return new CreatePlan(plan, c.Pattern, visible, introduced, plan.Estimate);
            }
            case MergeClause mg:
            {
                var introduced = Introduce([mg.Part], ref scope);
                return new MergePlan(plan, mg, visible, introduced, plan.Estimate);
            }
            case SetClause s:
                return s.Items.Aggregate(plan, (p, item) => new SetPlan(p, item, visible, p.Estimate));
            case RemoveClause rm:
                return rm.Items.Aggregate(plan, (p, item) => new RemovePlan(p, item, visible, p.Estimate));
            case DeleteClause d:
                return new DeletePlan(plan, d, visible, plan.Estimate);
            default:
                throw new PlanningFallbackException(FallbackReason.UpdatingClause);
        }
    }

    /// <summary>Symbols for the variables a written pattern binds that are not bound yet: nodes, relationships, paths.</summary>
    private List<Symbol> Introduce(IEnumerable<PatternPart> parts, ref Scope scope)
    {
        var introduced = new List<Symbol>();
        foreach (var part in parts)
        {
            var named = part.Nodes.Select(n => (n.Variable, SymbolKind.Node))
                .Concat(part.Relationships.Select(r => (r.Variable, SymbolKind.Relationship)))
                .Append((part.PathVariable, SymbolKind.Value));
            foreach (var (name, kind) in named)
            {
                if (name is null || scope.Find(name) is not null) continue;
                var symbol = NewSymbol(name, kind);
                scope = scope.With(name, symbol);
                introduced.Add(symbol);
            }
        }
        return introduced;
    }

    /// <summary>LIMIT over a write still pulls every row, so the write happens for each.</summary>
    private LogicalPlan Limit(LogicalPlan plan, BoundExpression count, double estimate) =>
        _wrote ? new ExhaustiveLimitPlan(plan, count, estimate) : new LimitPlan(plan, count, estimate);

    /// <summary>A statement that ends in a write (or FINISH) returns no rows but runs every write.</summary>
    private LogicalPlan Finish(LogicalPlan plan, SingleQuery query) =>
        (_wrote && query.Clauses[^1] is not ReturnClause) || query.Clauses[^1] is FinishClause ? new EmptyResultPlan(plan, plan.Estimate) : plan;
}
