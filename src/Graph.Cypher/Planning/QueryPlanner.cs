using Graph.Cypher.Execution;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Planning.Statistics;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>
/// Builds the logical plan of a single query (MATCH, WHERE, WITH, UNWIND, RETURN with aggregation,
/// DISTINCT, ORDER BY, SKIP, LIMIT, and the updating clauses but FOREACH), clause by clause: each MATCH is planned as a join of its pattern's
/// components, each component from the start point the statistics find cheapest, every WHERE conjunct
/// placed on the first operator that binds what it reads. Shapes it does not cover throw
/// <see cref="PlanningFallbackException"/> with their reason.
/// </summary>
internal sealed partial class QueryPlanner
{
    private readonly GraphStatistics _stats;
    private int _nextSlot;
    private int _nextAnonymous;

    // Node symbols an OPTIONAL MATCH may have left null (and the columns passing them on): a later pattern
    // naming one tests that it holds a node.
    private readonly HashSet<Symbol> _nullable = [];

    private QueryPlanner(GraphStatistics stats) => _stats = stats;

    /// <summary>The plan and the number of slots its rows hold.</summary>
    public static (ProduceResultsPlan Plan, int Slots) Plan(Query query, GraphStatistics stats)
    {
        StatementShape.Check(query);
        var planner = new QueryPlanner(stats);
        var plan = query is UnionQuery union ? planner.PlanQuery(union) : planner.PlanQuery((SingleQuery)query);
        return (plan, planner._nextSlot);
    }

    private ProduceResultsPlan PlanQuery(UnionQuery union)
    {
        var plan = PlanUnion(union, [], Scope.Empty, out var columns, out var symbols);
        return new ProduceResultsPlan(plan, columns, symbols, plan.Estimate);
    }

    private ProduceResultsPlan PlanQuery(SingleQuery query)
    {
        var plan = PlanClauses(new ArgumentPlan([], 1), Scope.Empty, query.Clauses, out _, out var columns, out var symbols);
        plan = Finish(plan, query);
        return new ProduceResultsPlan(plan, columns, symbols, plan.Estimate);
    }

    /// <summary>Clauses in order over an input (the statement's empty row, or a subquery's argument row).</summary>
    private LogicalPlan PlanClauses(LogicalPlan plan, Scope scope, IReadOnlyList<Clause> clauses, out Scope after, out IReadOnlyList<string> columns, out IReadOnlyList<Symbol> symbols)
    {
        columns = [];
        symbols = [];
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            plan = BeforeClause(plan, clause, scope);
            switch (clause)
            {
                case MatchClause m:
                    _repeatsIgnored = IgnoresRepeats(i + 1 < clauses.Count ? clauses[i + 1] : null);
                    plan = PlanMatch(plan, scope, m, out scope);
                    _repeatsIgnored = false;
                    break;
                case UnwindClause u:
                {
                    plan = Hoist(plan, u.List, ref scope);
                    var list = Bind(u.List, scope);
                    var variable = NewSymbol(u.Variable, SymbolKind.Value);
                    var items = u.List is ListLiteral literal ? literal.Items.Count : (int?)null;
                    plan = new UnwindPlan(plan, list, variable, Cost.CardinalityModel.Unwound(plan.Estimate, items));
                    scope = scope.With(u.Variable, variable);
                    break;
                }
                case LoadCsvClause l:
                    plan = PlanLoadCsv(plan, l, ref scope);
                    break;
                case WithClause w:
                    plan = PlanProjection(plan, scope, w.Projection, w.Where, out scope, out _, out _);
                    break;
                case ReturnClause r:
                    plan = PlanProjection(plan, scope, r.Projection, null, out scope, out columns, out symbols);
                    break;
                case SubqueryCallClause c:
                    plan = PlanCall(plan, scope, c, out scope);
                    break;
                case FinishClause:
                    // FINISH runs everything before it and returns nothing: the EmptyResult the statement ends in.
                    break;
                case ProcedureCallClause call:
                    plan = PlanProcedure(plan, ref scope, call, ref columns, ref symbols);
                    break;
                default:
                    plan = PlanUpdate(plan, clause, ref scope);
                    break;
            }
        }
        after = scope;
        return plan;
    }

    private Symbol NewSymbol(string name, SymbolKind kind) => new(_nextSlot++, name, kind);

    private Symbol NewHidden(string prefix, SymbolKind kind) => NewSymbol($" {prefix}{_nextAnonymous++}", kind);

    /// <summary>An expression bound to the scope it reads; every name it reads must resolve there.</summary>
    private static BoundExpression Bind(Expression e, Scope scope)
    {
        _ = Reads(e, scope);
        return new BoundExpression(e, scope);
    }

    /// <summary>
    /// The symbols an expression reads, or null when it has local scopes (a comprehension) and so is never
    /// pushed below the point where everything is bound. A name not in scope gives up on planning.
    /// </summary>
    private static HashSet<Symbol>? Reads(Expression e, Scope scope)
    {
        var symbols = new HashSet<Symbol>();
        return SymbolReads.Collect(e, scope, symbols) ? symbols : null;
    }
}
