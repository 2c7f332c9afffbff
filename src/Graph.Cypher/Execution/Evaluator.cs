using Graph.Core.Errors;
using Graph.Cypher.Functions;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>
/// Evaluates expressions against a row with Cypher's null propagation and three-valued logic.
/// Aggregate calls are not computed here: the aggregation operator passes their per-group results in.
/// </summary>
internal sealed partial class Evaluator
{
    private readonly QueryContext _ctx;
    private readonly QueryRunner _runner;
    private readonly Dictionary<SubqueryExpression, (List<string> Names, Query Body)> _carried = new(ReferenceEqualityComparer.Instance);

    public Evaluator(QueryContext ctx, QueryRunner runner)
    {
        _ctx = ctx;
        _runner = runner;
    }

    public object? Evaluate(Expression expression, Row row, IReadOnlyDictionary<Expression, object?>? aggregates = null)
    {
        StackGuard.Check();
        switch (expression)
        {
            case Literal l: return l.Value;
            case Parameter p:
                return _ctx.Parameters.TryGetValue(p.Name, out var pv)
                    ? pv
                    : throw new GraphException(ErrorCodes.ParameterMissing, $"Expected parameter(s): {p.Name}");
            case Variable v:
                return row.TryGet(v.Name, out var value)
                    ? value
                    : throw new GraphException(ErrorCodes.SemanticError, $"Variable `{v.Name}` not defined", ErrorPhase.Compile);
            case PropertyAccess pa: return Property(Evaluate(pa.Subject, row, aggregates), pa.Key);
            case IndexAccess ia: return Index(Evaluate(ia.Subject, row, aggregates), Evaluate(ia.Index, row, aggregates));
            case SliceAccess sa:
                return Slice(
                    Evaluate(sa.Subject, row, aggregates),
                    sa.From is null ? null : Evaluate(sa.From, row, aggregates),
                    sa.To is null ? null : Evaluate(sa.To, row, aggregates),
                    sa.From is null,
                    sa.To is null);
            case ListLiteral list:
            {
                var items = new List<object?>(list.Items.Count);
                foreach (var item in list.Items) items.Add(Evaluate(item, row, aggregates));
                return items;
            }
            case MapLiteral map:
            {
                var entries = map.Entries;
                var result = new CypherMap(entries.Count);
                // By position: a foreach over the IReadOnlyList would box an enumerator per evaluated literal.
                for (var i = 0; i < entries.Count; i++) result.Set(entries[i].Key, Evaluate(entries[i].Value, row, aggregates));
                return result;
            }
            case MapProjection mp: return ProjectMap(mp, row, aggregates);
            case BinaryExpression b: return Binary(b, row, aggregates);
            case UnaryExpression u: return Unary(u, row, aggregates);
            case IsNullExpression n:
            {
                var isNull = Evaluate(n.Operand, row, aggregates) is null;
                return n.Negated ? !isNull : isNull;
            }
            case TypePredicate tp: return CypherTypeTest.Matches(Evaluate(tp.Operand, row, aggregates), tp.Type) != tp.Negated;
            case LabelCheck lc: return CheckLabels(Evaluate(lc.Subject, row, aggregates), lc.Labels);
            case CountStar cs: return Aggregated(cs, aggregates);
            case FunctionCall f: return Call(f, row, aggregates);
            case CaseExpression c: return Case(c, row, aggregates);
            case ListComprehension lc: return Comprehend(lc, row, aggregates);
            case QuantifierExpression q: return Quantify(q, row, aggregates);
            case ReduceExpression r: return Reduce(r, row, aggregates);
            case PatternComprehension pc: return PatternComprehend(pc, row);
            case PatternPredicate pp: return _runner.Matcher.MatchPart(pp.Pattern, row).Any();
            case SubqueryExpression sq: return Subquery(sq, row);
            case ShortestPathExpression sp: return ShortestPath(sp, row);
            default:
                throw new GraphException(ErrorCodes.SyntaxError, $"Unsupported expression {expression.GetType().Name}", ErrorPhase.Compile);
        }
    }

    /// <summary>WHERE keeps a row only for true; null and false drop it; anything else is a TypeError.</summary>
    public bool IsTrue(Expression expression, Row row)
    {
        var value = Evaluate(expression, row);
        return value switch
        {
            bool b => b,
            null => false,
            _ => throw CypherErrors.TypeMismatch("Boolean", value),
        };
    }

    private static object? Aggregated(Expression call, IReadOnlyDictionary<Expression, object?>? aggregates) =>
        aggregates is not null && aggregates.TryGetValue(call, out var v)
            ? v
            : throw new GraphException(ErrorCodes.SemanticError, "Invalid use of aggregating function in this context", ErrorPhase.Compile);

    private object? Call(FunctionCall f, Row row, IReadOnlyDictionary<Expression, object?>? aggregates)
    {
        if (FunctionRegistry.IsAggregate(f.Name)) return Aggregated(f, aggregates);
        if (!FunctionRegistry.TryGetScalar(f.Name, out var def))
        {
            throw new GraphException(ErrorCodes.SemanticError, $"Unknown function '{f.Name}'", ErrorPhase.Compile);
        }
        if (f.Arguments.Count == 0 && Functions.Scalar.LoadCsvFunctions.SlotOf(f.Name) is { } slot) return row.Get(slot);
        var args = new List<object?>(f.Arguments.Count);
        foreach (var a in f.Arguments) args.Add(Evaluate(a, row, aggregates));
        return def.Invoke(args, _ctx);
    }

    private object? Case(CaseExpression c, Row row, IReadOnlyDictionary<Expression, object?>? aggregates)
    {
        if (c.Test is not null)
        {
            var test = Evaluate(c.Test, row, aggregates);
            foreach (var alt in c.Alternatives)
            {
                if (CypherEquality.Equal(test, Evaluate(alt.When, row, aggregates)) == true) return Evaluate(alt.Then, row, aggregates);
            }
        }
        else
        {
            foreach (var alt in c.Alternatives)
            {
                if (Evaluate(alt.When, row, aggregates) is true) return Evaluate(alt.Then, row, aggregates);
            }
        }
        return c.Else is null ? null : Evaluate(c.Else, row, aggregates);
    }

    private object? Subquery(SubqueryExpression sq, Row row)
    {
        var rows = _runner.RunNested(CarriedBody(sq, row), row, out _);
        switch (sq.Kind)
        {
            case SubqueryKind.Exists:
                return rows.Any();
            case SubqueryKind.Count:
                return (long)rows.Count();
            default:
            {
                var list = new List<object?>();
                foreach (var r in rows)
                {
                    var names = r.Names.ToList();
                    list.Add(names.Count == 1 ? r.Get(names[0]) : null);
                }
                return list;
            }
        }
    }

    // The outer variables carried through the body's WITH clauses (OuterScopeCarry), built once per subquery and scope.
    private Query CarriedBody(SubqueryExpression sq, Row row)
    {
        if (sq.Body is not SingleQuery single || !OuterScopeCarry.HasWith(single)) return sq.Body;
        var names = row.Names.Where(n => !n.StartsWith(' ')).ToList();
        if (_carried.TryGetValue(sq, out var known) && known.Names.SequenceEqual(names)) return known.Body;
        var body = OuterScopeCarry.Through(sq.Body, names);
        _carried[sq] = (names, body);
        return body;
    }

    private object? PatternComprehend(PatternComprehension pc, Row row)
    {
        var list = new List<object?>();
        foreach (var r in _runner.Matcher.MatchPart(pc.Pattern, row))
        {
            var bound = pc.Pattern.PathVariable is null ? r : r.With(pc.Pattern.PathVariable, PathOf(pc.Pattern, r));
            if (pc.Where is not null && !IsTrue(pc.Where, bound)) continue;
            list.Add(Evaluate(pc.Projection, bound));
        }
        return list;
    }

    // Its own method: a lambda capturing a case variable of Evaluate would cost a closure on every evaluation.
    private object? ShortestPath(ShortestPathExpression sp, Row row)
    {
        foreach (var r in _runner.Matcher.MatchPart(sp.Pattern, row)) return PathOf(sp.Pattern, r);
        return null;
    }

    private static object? PathOf(PatternPart part, Row r) =>
        part.PathVariable is not null ? r.Get(part.PathVariable) : r.Get(PatternMatcher.HiddenPathName);
}
