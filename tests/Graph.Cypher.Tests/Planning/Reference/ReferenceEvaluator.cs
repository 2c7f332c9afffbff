using System.Globalization;
using Graph.Core.Values;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Tests.Planning.Reference;

/// <summary>
/// An obviously-correct evaluator for the differential tests, sharing nothing with the engine but its parser and
/// its store: one MATCH (comma parts, chains of fixed-length relationships, labels, types, directions, inline
/// properties) found by nested loops over every node and every relationship (no adjacency, no index, no plan),
/// a WHERE, list comprehensions, quantifiers and reduce (by its own list code), and a RETURN with grouping (count, count DISTINCT, sum, min, max), DISTINCT, ORDER BY, SKIP and LIMIT.
/// Values are what the store holds; entities are ids and only their properties are returned.
/// </summary>
internal sealed class ReferenceEvaluator(IGraphView view, IReadOnlyDictionary<string, object?> parameters)
{
    // Printed as the differential tests print entities: by id.
    private sealed record Node(long Id)
    {
        public override string ToString() => "N" + Id;
    }

    private sealed record Rel(long Id)
    {
        public override string ToString() => "R" + Id;
    }

    /// <summary>Whether a query is of the shape this evaluator answers (one MATCH and a RETURN of what it evaluates, or a UNION of such).</summary>
    public static bool Supports(string text) => CypherParser.Parse(text) switch
    {
        UnionQuery u => u.Parts.All(Supports),
        SingleQuery q => Supports(q),
        _ => false,
    };

    private static bool Supports(SingleQuery query)
    {
        if (query is not { Clauses: [MatchClause { Optional: false } m, ReturnClause r] }) return false;
        var p = r.Projection;
        var expressions = new List<Expression?> { m.Where, p.Skip, p.Limit };
        // An aggregate only as a whole item (count(*) + 1 is beyond this evaluator).
        expressions.AddRange(p.Items.SelectMany(i => IsAggregate(i.Expression) && i.Expression is FunctionCall f ? f.Arguments : IsAggregate(i.Expression) ? [] : [i.Expression]));
        expressions.AddRange(p.OrderBy.Select(o => o.Expression));
        foreach (var part in m.Pattern.Parts)
        {
            if (part.Selector != PathSelector.All || part.PathVariable is not null || part.Relationships.Any(x => x.Length is not null)) return false;
            expressions.AddRange(part.Nodes.Select(n => n.Properties).Concat(part.Relationships.Select(x => x.Properties)));
            if (part.Nodes.Any(n => n.Where is not null) || part.Relationships.Any(x => x.Where is not null)) return false;
        }
        return !p.IncludeExisting && expressions.All(e => e is null || Evaluable(e));
    }

    private static bool Evaluable(Expression e) => e switch
    {
        Literal or Parameter or Variable => true,
        MapLiteral map => map.Entries.All(x => Evaluable(x.Value)),
        PropertyAccess { Subject: var s } => Evaluable(s),
        LabelCheck l => Evaluable(l.Subject),
        IsNullExpression n => Evaluable(n.Operand),
        UnaryExpression { Operator: UnaryOperator.Not or UnaryOperator.Negate } u => Evaluable(u.Operand),
        ListLiteral l => l.Items.All(Evaluable),
        FunctionCall f => f.Name.Equals("date", StringComparison.OrdinalIgnoreCase) && f.Arguments.All(Evaluable),
        ListComprehension c => Evaluable(c.List) && (c.Where is null || Evaluable(c.Where)) && (c.Projection is null || Evaluable(c.Projection)),
        QuantifierExpression q => Evaluable(q.List) && (q.Where is null || Evaluable(q.Where)),
        ReduceExpression r => Evaluable(r.Initial) && Evaluable(r.List) && Evaluable(r.Expression),
        BinaryExpression b => b.Operator is not (BinaryOperator.Divide or BinaryOperator.Power or BinaryOperator.Xor or BinaryOperator.EndsWith or BinaryOperator.Contains or BinaryOperator.RegexMatch)
            && Evaluable(b.Left) && Evaluable(b.Right),
        _ => false,
    };

    public List<object?[]> Run(string text) => CypherParser.Parse(text) switch
    {
        // UNION ALL: every part's rows in turn; UNION: the first of each distinct row.
        UnionQuery { All: true } u => u.Parts.SelectMany(Run).ToList(),
        UnionQuery u => u.Parts.SelectMany(Run).GroupBy(r => string.Join("\u0001", r.Select(Key))).Select(g => g.First()).ToList(),
        var q => Run((SingleQuery)q),
    };

    private List<object?[]> Run(SingleQuery query)
    {
        if (query.Clauses is not [MatchClause { Optional: false } match, ReturnClause ret]) throw new NotSupportedException(query.ToString());
        var bindings = Match(match.Pattern).Where(b => match.Where is null || Eval(match.Where, b) is true).ToList();
        return Project(ret.Projection, bindings);
    }

    private IEnumerable<Dictionary<string, object?>> Match(Pattern pattern)
    {
        IEnumerable<Dictionary<string, object?>> bindings = [new Dictionary<string, object?>()];
        var anonymous = 0;
        foreach (var part in pattern.Parts)
        {
            var names = part.Nodes.Select(n => n.Variable ?? $" n{anonymous++}").ToList();
            var rels = part.Relationships.Select(r => r.Variable ?? $" r{anonymous++}").ToList();
            bindings = bindings.SelectMany(b => Part(part, names, rels, b));
        }
        return bindings;
    }

    private IEnumerable<Dictionary<string, object?>> Part(PatternPart part, List<string> names, List<string> rels, Dictionary<string, object?> binding)
    {
        IEnumerable<Dictionary<string, object?>> found = NodeAt(part.Nodes[0], names[0], binding, view.AllNodes());
        for (var i = 0; i < part.Relationships.Count; i++)
        {
            var (rel, from, to, nodePattern, relName) = (part.Relationships[i], names[i], names[i + 1], part.Nodes[i + 1], rels[i]);
            found = found.SelectMany(b => view.AllRelationships().SelectMany(r => Hop(rel, relName, r, ((Node)b[from]!).Id, b))
                .SelectMany(x => NodeAt(nodePattern, to, x.Binding, [x.Other])));
        }
        return found;
    }

    /// <summary>The relationship as the hop's, if its type and direction fit and no other relationship pattern of the MATCH bound it.</summary>
    private IEnumerable<(Dictionary<string, object?> Binding, long Other)> Hop(RelationshipPattern pattern, string name, long r, long from, Dictionary<string, object?> b)
    {
        if (b.Values.Any(v => v is Rel used && used.Id == r)) yield break;
        if (pattern.Types is not null && !Matches(pattern.Types, [view.RelationshipType(r)])) yield break;
        var (start, end) = (view.StartNode(r), view.EndNode(r));
        long? other = pattern.Direction switch
        {
            RelationshipDirection.Outgoing => start == from ? end : null,
            RelationshipDirection.Incoming => end == from ? start : null,
            _ => start == from ? end : end == from ? start : null,
        };
        if (other is null || !PropertiesMatch(pattern.Properties, view.RelationshipProperties(r), b)) yield break;
        if (b.TryGetValue(name, out var bound) && !(bound is Rel br && br.Id == r)) yield break;
        yield return (new Dictionary<string, object?>(b) { [name] = new Rel(r) }, other.Value);
    }

    private IEnumerable<Dictionary<string, object?>> NodeAt(NodePattern pattern, string name, Dictionary<string, object?> b, IEnumerable<long> candidates)
    {
        foreach (var id in candidates)
        {
            if (b.TryGetValue(name, out var bound) && !(bound is Node bn && bn.Id == id)) continue;
            if (pattern.Labels is not null && !Matches(pattern.Labels, view.NodeLabels(id))) continue;
            if (!PropertiesMatch(pattern.Properties, view.NodeProperties(id), b)) continue;
            yield return new Dictionary<string, object?>(b) { [name] = new Node(id) };
        }
    }

    private bool PropertiesMatch(Expression? properties, IReadOnlyDictionary<string, object?> actual, Dictionary<string, object?> b) =>
        properties is not MapLiteral map || map.Entries.All(e => Equal(actual.GetValueOrDefault(e.Key), Eval(e.Value, b)) is true);

    private static bool Matches(LabelExpression e, IReadOnlyList<string> labels) => e switch
    {
        LabelName n => labels.Contains(n.Name),
        LabelAnd a => Matches(a.Left, labels) && Matches(a.Right, labels),
        LabelOr o => Matches(o.Left, labels) || Matches(o.Right, labels),
        LabelNot n => !Matches(n.Operand, labels),
        _ => labels.Count > 0,
    };

    private List<object?[]> Project(Projection p, List<Dictionary<string, object?>> bindings)
    {
        var aggregated = p.Items.Select(i => IsAggregate(i.Expression)).ToArray();
        List<(object?[] Row, Dictionary<string, object?> Binding)> rows;
        if (aggregated.Any(a => a))
        {
            var groups = new Dictionary<string, (object?[] Keys, List<Dictionary<string, object?>> Members)>();
            foreach (var b in bindings)
            {
                var keys = p.Items.Select((item, i) => aggregated[i] ? null : Eval(item.Expression, b)).ToArray();
                var key = string.Join("\u0001", keys.Select(Key));
                if (!groups.TryGetValue(key, out var g)) groups[key] = g = (keys, []);
                g.Members.Add(b);
            }
            if (groups.Count == 0 && aggregated.All(a => a)) groups[""] = (new object?[p.Items.Count], []);
            rows = groups.Values.Select(g => (p.Items.Select((item, i) => aggregated[i] ? Aggregate(item.Expression, g.Members) : g.Keys[i]).ToArray(), new Dictionary<string, object?>())).ToList();
        }
        else
        {
            rows = bindings.Select(b => (p.Items.Select(item => Eval(item.Expression, b)).ToArray(), b)).ToList();
        }
        if (p.Distinct) rows = rows.GroupBy(r => string.Join("\u0001", r.Row.Select(Key))).Select(g => g.First()).ToList();
        var columns = p.Items.Select(i => i.Name).ToList();
        object? SortValue(SortItem s, (object?[] Row, Dictionary<string, object?> Binding) r)
        {
            var column = columns.IndexOf(s.Expression is Variable v ? v.Name : ExpressionKey(s.Expression));
            return column >= 0 ? r.Row[column] : Eval(s.Expression, r.Binding);
        }
        IEnumerable<(object?[] Row, Dictionary<string, object?> Binding)> ordered = rows;
        if (p.OrderBy.Count > 0)
        {
            ordered = rows.Order(Comparer<(object?[] Row, Dictionary<string, object?> Binding)>.Create((x, y) =>
            {
                foreach (var s in p.OrderBy)
                {
                    var c = Order(SortValue(s, x), SortValue(s, y));
                    if (c != 0) return s.Descending ? -c : c;
                }
                return 0;
            }));
        }
        if (p.Skip is not null) ordered = ordered.Skip((int)(long)Eval(p.Skip, [])!);
        if (p.Limit is not null) ordered = ordered.Take((int)(long)Eval(p.Limit, [])!);
        return ordered.Select(r => r.Row).ToList();
    }

    private static string ExpressionKey(Expression e) => e switch
    {
        PropertyAccess { Subject: Variable v } pa => $"{v.Name}.{pa.Key}",
        _ => "",
    };

    private static bool IsAggregate(Expression e) => e is CountStar || (e is FunctionCall f && f.Name.ToLowerInvariant() is "count" or "sum" or "min" or "max");

    private object? Aggregate(Expression call, List<Dictionary<string, object?>> members)
    {
        if (call is CountStar) return (long)members.Count;
        var f = (FunctionCall)call;
        var values = members.Select(b => Eval(f.Arguments[0], b)).Where(v => v is not null).ToList();
        if (f.Distinct) values = values.GroupBy(Key).Select(g => g.First()).ToList();
        return f.Name.ToLowerInvariant() switch
        {
            "count" => (long)values.Count,
            "sum" => values.All(v => v is long) ? values.Sum(v => (long)v!) : values.Sum(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)),
            "min" => values.Count == 0 ? null : values.Order(Comparer<object?>.Create(Order)).First(),
            _ => values.Count == 0 ? null : values.Order(Comparer<object?>.Create(Order)).Last(),
        };
    }

    private object? Eval(Expression e, Dictionary<string, object?> b) => e switch
    {
        Literal l => l.Value is int i ? (long)i : l.Value,
        Parameter p => parameters[p.Name],
        Variable v => b[v.Name],
        PropertyAccess { Subject: var s } pa => Eval(s, b) switch
        {
            Node n => view.NodeProperties(n.Id).GetValueOrDefault(pa.Key),
            Rel r => view.RelationshipProperties(r.Id).GetValueOrDefault(pa.Key),
            _ => null,
        },
        LabelCheck lc => Eval(lc.Subject, b) is Node n ? Matches(lc.Labels, view.NodeLabels(n.Id)) : null,
        IsNullExpression isNull => (Eval(isNull.Operand, b) is null) != isNull.Negated,
        UnaryExpression { Operator: UnaryOperator.Not } u => Eval(u.Operand, b) is bool x ? !x : null,
        UnaryExpression { Operator: UnaryOperator.Negate } u => Eval(u.Operand, b) switch { long x => -x, double x => -x, _ => null },
        ListLiteral list => list.Items.Select(x => Eval(x, b)).ToList(),
        FunctionCall { Name: var name, Arguments: [var arg] } when name.Equals("date", StringComparison.OrdinalIgnoreCase) =>
            Eval(arg, b) is string s ? new CypherDate(DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
        BinaryExpression bin => Binary(bin.Operator, bin.Left, bin.Right, b),
        ListComprehension c => Elements(Eval(c.List, b))?.Select(x => With(b, c.Variable, x))
            .Where(inner => c.Where is null || Eval(c.Where, inner) is true)
            .Select(inner => c.Projection is null ? inner[c.Variable] : Eval(c.Projection, inner)).ToList(),
        QuantifierExpression q => Elements(Eval(q.List, b)) is { } items ? Quantify(q.Kind, items.Select(x => q.Where is null ? x : Eval(q.Where, With(b, q.Variable, x))).ToList()) : null,
        ReduceExpression r => Elements(Eval(r.List, b)) is { } items
            ? items.Aggregate(Eval(r.Initial, b), (acc, x) => Eval(r.Expression, With(With(b, r.Accumulator, acc), r.Variable, x)))
            : null,
        _ => throw new NotSupportedException(e.GetType().Name),
    };

    // A list's elements; null has none; any other value is a list of itself (as Neo4j reads it).
    private static List<object?>? Elements(object? value) => value switch
    {
        null => null,
        string => [value],
        IEnumerable<object?> list => list.ToList(),
        _ => [value],
    };

    private static Dictionary<string, object?> With(Dictionary<string, object?> b, string name, object? value) => new(b) { [name] = value };

    // Three-valued over the predicate's values: a definite answer wins over an unknown (null) element.
    private static bool? Quantify(QuantifierKind kind, List<object?> values)
    {
        var trues = values.Count(v => v is true);
        var unknown = values.Any(v => v is null);
        return kind switch
        {
            QuantifierKind.All => values.Any(v => v is false) ? false : unknown ? null : true,
            QuantifierKind.Any => trues > 0 ? true : unknown ? null : false,
            QuantifierKind.None => trues > 0 ? false : unknown ? null : true,
            _ => trues > 1 ? false : unknown ? null : trues == 1,
        };
    }

    private object? Binary(BinaryOperator op, Expression left, Expression right, Dictionary<string, object?> b)
    {
        if (op is BinaryOperator.And or BinaryOperator.Or)
        {
            var (l, r) = (Eval(left, b) as bool?, Eval(right, b) as bool?);
            return op == BinaryOperator.And
                ? (l == false || r == false ? false : l is null || r is null ? null : true)
                : (l == true || r == true ? true : l is null || r is null ? null : false);
        }
        var (x, y) = (Eval(left, b), Eval(right, b));
        if (x is null || y is null) return null;
        switch (op)
        {
            case BinaryOperator.Equal: return Equal(x, y);
            case BinaryOperator.NotEqual: return !Equal(x, y);
            case BinaryOperator.LessThan: return Comparable(x, y) ? Order(x, y) < 0 : null;
            case BinaryOperator.LessThanOrEqual: return Comparable(x, y) ? Order(x, y) <= 0 : null;
            case BinaryOperator.GreaterThan: return Comparable(x, y) ? Order(x, y) > 0 : null;
            case BinaryOperator.GreaterThanOrEqual: return Comparable(x, y) ? Order(x, y) >= 0 : null;
            case BinaryOperator.In: return ((IEnumerable<object?>)y).Any(item => Equal(x, item) is true);
            case BinaryOperator.StartsWith: return x is string s && y is string p ? s.StartsWith(p, StringComparison.Ordinal) : null;
        }
        if (op == BinaryOperator.Add && x is List<object?> xs) return y is List<object?> ys ? xs.Concat(ys).ToList() : xs.Append(y).ToList();
        if (x is long a && y is long c)
        {
            return op switch
            {
                BinaryOperator.Add => a + c,
                BinaryOperator.Subtract => a - c,
                BinaryOperator.Multiply => a * c,
                BinaryOperator.Modulo => a % c,
                _ => throw new NotSupportedException(op.ToString()),
            };
        }
        throw new NotSupportedException(op.ToString());
    }

    private static bool? Equal(object? x, object? y) => x is null || y is null ? null
        : x is List<object?> xs && y is List<object?> ys ? ListEqual(xs, ys)
        : Comparable(x, y) ? Order(x, y) == 0 : x.Equals(y);

    // Element by element: a difference decides, an unknown (null) pair leaves it unknown.
    private static bool? ListEqual(List<object?> xs, List<object?> ys)
    {
        if (xs.Count != ys.Count) return false;
        var pairs = xs.Zip(ys, Equal).ToList();
        return pairs.Any(p => p == false) ? false : pairs.Any(p => p is null) ? null : true;
    }

    private static bool Comparable(object x, object y) => (IsNumber(x) && IsNumber(y)) || x.GetType() == y.GetType();

    private static bool IsNumber(object? v) => v is long or double;

    /// <summary>Ascending order: numbers, then strings, then booleans, then dates, null last; within a kind by value.</summary>
    private static int Order(object? x, object? y)
    {
        static int Rank(object? v) => v switch { null => 9, long or double => 1, string => 2, bool => 3, CypherDate => 4, _ => 5 };
        var (rx, ry) = (Rank(x), Rank(y));
        if (rx != ry) return rx.CompareTo(ry);
        return (x, y) switch
        {
            (long a, long c) => a.CompareTo(c),
            (string a, string c) => string.CompareOrdinal(a, c),
            (bool a, bool c) => a.CompareTo(c),
            (CypherDate a, CypherDate c) => a.Value.CompareTo(c.Value),
            (null, null) => 0,
            _ => Convert.ToDouble(x, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(y, CultureInfo.InvariantCulture)),
        };
    }

    private static string Key(object? v) => v switch
    {
        null => "null",
        Node n => "N" + n.Id,
        Rel r => "R" + r.Id,
        double d when d == Math.Floor(d) => ((long)d).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };
}
