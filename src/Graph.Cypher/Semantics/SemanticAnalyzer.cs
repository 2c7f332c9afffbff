using Graph.Cypher.Functions;
using Graph.Cypher.Procedures;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Semantics;

/// <summary>
/// Checks a statement before anything runs: variable scoping across clauses (WITH/RETURN reset scope),
/// redeclaration, unknown functions and argument counts, aggregation misuse, UNION columns, unknown
/// procedures; and records whether the statement writes and which parameters it needs.
/// </summary>
internal sealed partial class SemanticAnalyzer
{
    private readonly HashSet<string> _parameters = new(StringComparer.Ordinal);
    private bool _writes;

    // The procedure call that is the whole statement (CALL db.labels()), which may leave out YIELD.
    private ProcedureCallClause? _standaloneCall;

    public static (bool Writes, IReadOnlyList<string> Parameters) Analyze(Statement statement)
    {
        var analyzer = new SemanticAnalyzer();
        analyzer.Statement(statement);
        return (analyzer._writes, analyzer._parameters.ToList());
    }

    private void Statement(Statement statement)
    {
        switch (statement)
        {
            case Query q:
                _standaloneCall = q is SingleQuery { Clauses: [ProcedureCallClause only] } ? only : null;
                Query(q, new Scope());
                break;
            case ExplainStatement e:
                Statement(e.Inner);
                // EXPLAIN only describes, so it may describe a write in a read transaction; PROFILE runs it.
                if (!e.Profile) _writes = false;
                break;
            case CreateIndex or CreateFulltextIndex or DropIndex or CreateConstraint or DropConstraint:
                _writes = true;
                break;
            case ShowStatement show:
                if (show.Where is not null) Expr(show.Where, Scope.Of(show.Yield?.Select(y => y.Name) ?? ShowNames(show.Kind)), allowAggregates: false);
                break;
        }
    }

    private static IEnumerable<string> ShowNames(ShowKind kind) => kind switch
    {
        ShowKind.Indexes => ["id", "name", "state", "populationPercent", "type", "entityType", "labelsOrTypes", "properties", "indexProvider", "owningConstraint", "lastRead", "readCount"],
        ShowKind.Constraints => ["id", "name", "type", "entityType", "labelsOrTypes", "properties", "ownedIndex", "propertyType"],
        ShowKind.Procedures => ["name", "description", "mode", "worksOnSystem"],
        _ => ["name", "category", "description"],
    };

    /// <summary>Returns the columns the query returns (empty without RETURN).</summary>
    private IReadOnlyList<string> Query(Query query, Scope imported)
    {
        if (query is UnionQuery union)
        {
            IReadOnlyList<string>? first = null;
            var wasInUnion = _inUnion;
            _inUnion = true;
            foreach (var part in union.Parts)
            {
                var cols = Single(part, imported.Copy());
                if (first is null) first = cols;
                else if (!first.SequenceEqual(cols))
                {
                    throw SemanticErrors.At(part.Position, "All sub queries in an UNION must have the same return column names");
                }
            }
            _inUnion = wasInUnion;
            return first ?? [];
        }
        return Single((SingleQuery)query, imported);
    }

    private IReadOnlyList<string> Single(SingleQuery query, Scope scope)
    {
        IReadOnlyList<string> columns = [];
        for (var i = 0; i < query.Clauses.Count; i++)
        {
            columns = [];
            if (query.Clauses[i] is SubqueryCallClause call) CheckInTransactions(call, query.Clauses.Take(i));
            scope = Clause(query.Clauses[i], scope, ref columns);
        }
        return columns;
    }

    private Scope Clause(Clause clause, Scope scope, ref IReadOnlyList<string> columns)
    {
        switch (clause)
        {
            case MatchClause m:
                MatchPattern(m.Pattern, scope);
                if (m.Where is not null) Expr(m.Where, scope, allowAggregates: false);
                return scope;
            case UnwindClause u:
                Expr(u.List, scope, allowAggregates: false);
                scope.Declare(u.Variable, u.Position);
                return scope;
            case LoadCsvClause l:
                Expr(l.Url, scope, allowAggregates: false);
                scope.Declare(l.Variable, l.Position);
                return scope;
            case WithClause w:
            {
                var next = Projection(w.Projection, scope, isReturn: false);
                // Neo4j 5: WITH's WHERE also sees the variables before the WITH, unless it aggregates or is DISTINCT.
                var shut = w.Projection.Distinct || w.Projection.Items.Any(i => AggregateCalls.Contains(i.Expression));
                if (w.Where is not null) Expr(w.Where, shut ? next : Scope.Of(scope.Names.Concat(next.Names)), allowAggregates: false);
                return next;
            }
            case ReturnClause r:
            {
                var next = Projection(r.Projection, scope, isReturn: true);
                columns = next.Names.ToList();
                columns = r.Projection.IncludeExisting ? next.Names.OrderBy(n => n, StringComparer.Ordinal).ToList() : r.Projection.Items.Select(i => i.Name).ToList();
                return next;
            }
            case CreateClause c:
                _writes = true;
                foreach (var part in c.Pattern.Parts) CreatePattern(part, scope);
                return scope;
            case MergeClause mg:
                _writes = true;
                CreatePattern(mg.Part, scope);
                foreach (var item in mg.OnCreate.Concat(mg.OnMatch)) SetItem(item, scope);
                return scope;
            case SetClause s:
                _writes = true;
                foreach (var item in s.Items) SetItem(item, scope);
                return scope;
            case RemoveClause rm:
                _writes = true;
                foreach (var item in rm.Items)
                {
                    switch (item)
                    {
                        case RemovePropertyItem p:
                            Expr(p.Target, scope, false);
                            if (p.DynamicKey is not null) Expr(p.DynamicKey, scope, false);
                            break;
                        case RemoveLabelsItem l:
                            scope.Require(l.Variable, l.Position);
                            foreach (var label in l.Dynamic ?? []) Expr(label, scope, false);
                            break;
                    }
                }
                return scope;
            case DeleteClause d:
                _writes = true;
                foreach (var t in d.Targets)
                {
                    Expr(t, scope, false);
                    DeleteTargets.Check(t);
                }
                return scope;
            case ForeachClause f:
            {
                _writes = true;
                Expr(f.List, scope, false);
                var inner = scope.Copy();
                inner.Declare(f.Variable, f.Position);
                IReadOnlyList<string> ignored = [];
                foreach (var c in f.Body) inner = Clause(c, inner, ref ignored);
                return scope;
            }
            case SubqueryCallClause call:
            {
                var imported = call.ScopeAll ? scope.Copy()
                    : call.ScopeVariables is not null ? ScopeOf(call.ScopeVariables, scope, call.Position)
                    : ImportingWith(call.Body, scope);
                CheckShadowing(call.Body, imported.Names);
                _subqueryDepth++;
                var returned = Query(call.Body, imported);
                _subqueryDepth--;
                foreach (var name in returned) scope.Declare(name, call.Position);
                if (call.Transactions?.ReportStatus is { } status) scope.Declare(status, call.Transactions.Position);
                return scope;
            }
            case ProcedureCallClause p:
            {
                var procedure = ProcedureRegistry.Find(p.Name) ?? throw ProcedureCallErrors.NotFound(p.Name);
                if (!ReferenceEquals(p, _standaloneCall)) CheckCallInQuery(p, procedure);
                foreach (var a in p.Arguments ?? []) Expr(a, scope, false);
                var names = p.Yield is null || p.YieldStar ? procedure.Outputs : p.Yield.Select(y => y.Name).ToList();
                foreach (var n in names) scope.Declare(n, p.Position);
                if (p.Yield is null) columns = names;
                if (p.Where is not null) Expr(p.Where, scope, false);
                return scope;
            }
            default:
                return scope;
        }
    }

    private static Scope ScopeOf(IEnumerable<string> names, Scope outer, SourcePosition position)
    {
        var scope = new Scope();
        foreach (var n in names)
        {
            outer.Require(n, position);
            scope.Declare(n, position);
        }
        return scope;
    }

    /// <summary>Old-style CALL { WITH a, b … }: the leading WITH of plain variables imports them.</summary>
    private static Scope ImportingWith(Query body, Scope outer)
    {
        var first = body switch
        {
            SingleQuery s => s.Clauses.FirstOrDefault(),
            UnionQuery u => u.Parts[0].Clauses.FirstOrDefault(),
            _ => null,
        };
        if (first is WithClause w && w.Projection.IncludeExisting) return outer.Copy();
        if (first is WithClause w2 && w2.Projection.Items.All(i => i.Expression is Variable v && v.Name == i.Name))
        {
            CheckImportingWith(w2);
            return ScopeOf(w2.Projection.Items.Select(i => i.Name), outer, w2.Position);
        }
        return new Scope();
    }
}
