using Graph.Core.Errors;
using Graph.Cypher.Planning;
using Graph.Cypher.Procedures;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>
/// Runs queries as chains of lazy row operators, one per clause. Update clauses first drain their input
/// (Neo4j's eagerness: reads before a write see the graph as it was, so MATCH … CREATE never sees its own output).
/// </summary>
internal sealed partial class QueryRunner
{
    private readonly QueryContext _ctx;
    private readonly Projector _projector;
    private readonly Updater _updater;

    public QueryRunner(QueryContext ctx)
    {
        _ctx = ctx;
        Evaluator = new Evaluator(ctx, this);
        Matcher = new PatternMatcher(ctx, () => Evaluator);
        _projector = new Projector(ctx, Evaluator);
        _updater = new Updater(ctx, Evaluator, Matcher);
    }

    public Evaluator Evaluator { get; }

    public PatternMatcher Matcher { get; }

    /// <summary>The writes of this statement; planned update operators apply them through it too.</summary>
    public Updater Updater => _updater;

    /// <summary>
    /// Runs a top-level query; columns are the final RETURN's (empty for an updating query without RETURN).
    /// At most <paramref name="maxRows"/> rows are pulled from the operator chain, which stops there.
    /// </summary>
    public IReadOnlyList<Row> RunTop(Query query, out IReadOnlyList<string> columns, int maxRows = int.MaxValue)
    {
        var all = Run(query, [Row.Empty], out columns);
        var rows = (maxRows == int.MaxValue ? all : all.Take(maxRows)).ToList();
        _updater.FinishDeletes();
        return rows;
    }

    /// <summary>Runs a query nested in an expression or CALL { }, seeded with the outer row.</summary>
    public IEnumerable<Row> RunNested(Query query, Row seed, out IReadOnlyList<string> columns) =>
        Run(query, [seed], out columns);

    private IEnumerable<Row> Run(Query query, IEnumerable<Row> input, out IReadOnlyList<string> columns)
    {
        if (query is UnionQuery union) return RunUnion(union, input, out columns);
        var single = (SingleQuery)query;
        var scope = input is IReadOnlyList<Row> { Count: 1 } one ? VisibleNames(one[0]) : [];
        return RunClauses(single.Clauses, input, scope, out columns);
    }

    // Names starting with a space are the engine's own (hidden paths, aggregate results), never in scope.
    private static List<string> VisibleNames(Row row)
    {
        var names = new List<string>(row.Count);
        foreach (var n in row.Names)
        {
            if (!n.StartsWith(' ')) names.Add(n);
        }
        return names;
    }

    private IEnumerable<Row> RunUnion(UnionQuery union, IEnumerable<Row> input, out IReadOnlyList<string> columns)
    {
        var seeds = input.ToList();
        var all = new List<Row>();
        IReadOnlyList<string>? first = null;
        foreach (var part in union.Parts)
        {
            var rows = Run(part, seeds, out var cols).ToList();
            first ??= cols;
            all.AddRange(rows);
        }
        columns = first ?? [];
        if (union.All) return all;
        var cs = columns;
        var seen = new HashSet<IReadOnlyList<object?>>(ValueListComparer.Instance);
        return all.Where(r => seen.Add(cs.Select(r.Get).ToList()));
    }

    public IEnumerable<Row> RunClauses(IReadOnlyList<Clause> clauses, IEnumerable<Row> input, List<string> scope, out IReadOnlyList<string> columns)
    {
        var rows = input;
        columns = [];
        var wrote = false;
        foreach (var clause in clauses)
        {
            // A MATCH after writes reads once every row has written (Neo4j's Eager), never a graph half written.
            if (wrote && clause is MatchClause)
            {
                rows = Eager(rows);
                wrote = false;
            }
            if (wrote && clause is WithClause or ReturnClause)
            {
                rows = AfterWrites(clause, rows, scope, ref columns);
                wrote = false;
            }
            else
            {
                wrote |= clause is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause;
                rows = Apply(clause, rows, scope, ref columns);
            }
            if (_ctx.Profile is not null) rows = Counted(clause, rows, _ctx.Profile, _ctx.Stats);
        }
        return rows;
    }

    private IEnumerable<Row> Apply(Clause clause, IEnumerable<Row> rows, List<string> scope, ref IReadOnlyList<string> columns)
    {
        switch (clause)
        {
            case MatchClause m:
            {
                var introduced = PatternVariables.Of(m.Pattern).Where(v => !scope.Contains(v)).ToList();
                scope.AddRange(introduced);
                var hints = SeekHints.From(m.Where);
                return m.Optional ? OptionalMatch(rows, m, hints, introduced) : rows.SelectMany(r => MatchRows(m, r, hints));
            }
            case UnwindClause u:
                scope.Add(u.Variable);
                return rows.SelectMany(r => Unwind(u, r));
            case LoadCsvClause l:
                scope.Add(l.Variable);
                return rows.SelectMany(r => LoadCsv(l, r));
            case WithClause w:
            {
                var names = _projector.Columns(w.Projection, scope);
                var result = _projector.Project(rows, w.Projection, w.Where, names);
                scope.Clear();
                scope.AddRange(names);
                return result;
            }
            case ReturnClause ret:
            {
                var names = _projector.Columns(ret.Projection, scope);
                columns = names;
                var result = _projector.Project(rows, ret.Projection, null, names);
                scope.Clear();
                scope.AddRange(names);
                return result;
            }
            case FinishClause:
                // Rows still run through every clause (the caller drains them); none is returned.
                return rows;
            case CreateClause c:
                scope.AddRange(PatternVariables.Of(c.Pattern).Where(v => !scope.Contains(v)).ToList());
                return Eager(rows).Select(r => _updater.Create(c.Pattern, r));
            case MergeClause mg:
                scope.AddRange(PatternVariables.Of(mg.Part).Where(v => !scope.Contains(v)).ToList());
                return Eager(rows).SelectMany(r => _updater.Merge(mg, r));
            case SetClause s:
                return Eager(rows).Select(r => _updater.Set(s.Items, r));
            case RemoveClause rm:
                return Eager(rows).Select(r => _updater.Remove(rm.Items, r));
            case DeleteClause d:
                return Eager(rows).Select(r => _updater.Delete(d, r));
            case ForeachClause f:
                return Eager(rows).Select(r => Foreach(f, r, scope));
            case SubqueryCallClause call:
                return CallSubquery(call, rows, scope);
            case ProcedureCallClause proc:
                return CallProcedure(proc, rows, scope, ref columns);
            default:
                throw new GraphException(ErrorCodes.SyntaxError, $"Unsupported clause {clause.GetType().Name}", ErrorPhase.Compile);
        }
    }

    /// <summary>
    /// PROFILE: counts a clause's rows and, around each pull, makes the clause the owner of the store reads
    /// (an upstream clause takes over while it is pulled, and hands back), so db hits are exclusive per clause.
    /// </summary>
    private static IEnumerable<Row> Counted(Clause clause, IEnumerable<Row> rows, Dictionary<Clause, long> profile, Profiling.ProfileStats? stats)
    {
        profile.TryAdd(clause, 0);
        using var e = rows.GetEnumerator();
        while (true)
        {
            var (outerClause, outerStage) = stats is null ? (null, 0) : (stats.Clause, stats.Stage);
            if (stats is not null)
            {
                stats.Clause = clause;
                stats.Stage = Stages.Main;
            }
            bool more;
            try
            {
                more = e.MoveNext();
            }
            finally
            {
                if (stats is not null)
                {
                    stats.Clause = outerClause;
                    stats.Stage = outerStage;
                }
            }
            if (!more) yield break;
            profile[clause]++;
            yield return e.Current;
        }
    }

    /// <summary>
    /// A projection after writes: every row writes before the projection reads any (Neo4j's Eager), even when its
    /// SKIP/LIMIT would stop early or LIMIT 0 would never ask (CREATE (n) RETURN n LIMIT 0 still creates n).
    /// </summary>
    private IEnumerable<Row> AfterWrites(Clause projection, IEnumerable<Row> rows, List<string> scope, ref IReadOnlyList<string> columns)
    {
        var written = new Lazy<List<Row>>(() => rows.ToList());
        var projected = Apply(projection, Drained(written), scope, ref columns);
        return WrittenFirst(written, projected);
    }

    private static IEnumerable<Row> Drained(Lazy<List<Row>> written)
    {
        foreach (var r in written.Value) yield return r;
    }

    private static IEnumerable<Row> WrittenFirst(Lazy<List<Row>> written, IEnumerable<Row> projected)
    {
        _ = written.Value;
        foreach (var r in projected) yield return r;
    }

    /// <summary>Materialises the rows before a write so that reading and writing do not interleave.</summary>
    private static IEnumerable<Row> Eager(IEnumerable<Row> rows)
    {
        foreach (var r in rows.ToList()) yield return r;
    }

    private IEnumerable<Row> MatchRows(MatchClause m, Row row, IReadOnlyList<SeekHint> hints)
    {
        if (m.Where is not null && Matcher.MatchFiltered(m.Pattern, row, hints, m.Where) is { } filtered) return filtered;
        return FilteredMatches(m, row, hints);
    }

    private IEnumerable<Row> FilteredMatches(MatchClause m, Row row, IReadOnlyList<SeekHint> hints)
    {
        foreach (var r in Matcher.Match(m.Pattern, row, hints, m.Where))
        {
            _ctx.EnterStage(Stages.Filter);
            if (m.Where is null || Evaluator.IsTrue(m.Where, r)) yield return r;
        }
    }

    /// <summary>OPTIONAL MATCH: a row with no match continues once, its new variables null.</summary>
    private IEnumerable<Row> OptionalMatch(IEnumerable<Row> rows, MatchClause m, IReadOnlyList<SeekHint> hints, List<string> introduced)
    {
        foreach (var row in rows)
        {
            var any = false;
            foreach (var r in MatchRows(m, row, hints))
            {
                any = true;
                yield return r;
            }
            if (!any) yield return row.WithAll(introduced.Select(v => new KeyValuePair<string, object?>(v, null)));
        }
    }

    private IEnumerable<Row> Unwind(UnwindClause u, Row row)
    {
        var value = Evaluator.Evaluate(u.List, row);
        switch (value)
        {
            case null:
                yield break;
            case IReadOnlyList<object?> list:
                foreach (var item in list)
                {
                    _ctx.Tick();
                    yield return row.With(u.Variable, item);
                }
                break;
            default:
                yield return row.With(u.Variable, value);
                break;
        }
    }

    private Row Foreach(ForeachClause f, Row row, List<string> scope)
    {
        var value = Evaluator.Evaluate(f.List, row);
        if (value is null) return row;
        if (value is not IReadOnlyList<object?> list) throw CypherErrors.TypeMismatch("List", value);
        foreach (var item in list)
        {
            var innerScope = new List<string>(scope) { f.Variable };
            foreach (var _ in RunClauses(f.Body, [row.With(f.Variable, item)], innerScope, out _)) { }
        }
        return row;
    }
}
