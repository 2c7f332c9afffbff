using Graph.Core.Errors;
using Graph.Cypher.Functions.Scalar;
using Graph.Cypher.Functions;
using Graph.Cypher.Planning;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;
using AggregateCalls = Graph.Cypher.Semantics.AggregateCalls;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// Compiles bound expressions into slot-reading delegates, once per plan: every form the evaluator knows
/// (variables, parameters, literals, property access, operators, IS NULL, IS :: type, label checks, indexing and
/// slices, CASE, list and map literals, map projections, scalar function calls looked up once here, list
/// comprehensions, quantifiers and reduce over frame slots). Pattern expressions and subqueries are computed by an
/// Apply into a slot; the only ones left to the evaluator are those inside a comprehension, quantifier or reduce
/// (they may read its variable, so no Apply can run them first), which match the pattern per evaluation through the
/// interpreter's matcher over a row of the scope's names (see <see cref="Bridged"/>).
/// </summary>
internal static partial class ExpressionCompiler
{
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    public static SlotExpression Compile(BoundExpression bound)
    {
        // ORDER BY written like a projected item reads that item's column.
        if (bound.Scope.Items is { } items && items.TryGetValue(AstKey.Of(bound.Syntax), out var item)) return Slot(item.Slot);
        return Compile(bound.Syntax, bound.Scope, null);
    }

    /// <summary>A predicate: true keeps the row; false and null drop it; any other value is a type error, as in WHERE.</summary>
    public static Func<object?[], OperatorContext, bool> Predicate(BoundExpression bound)
    {
        var e = Compile(bound);
        return (row, ctx) => e(row, ctx) switch
        {
            bool b => b,
            null => false,
            var other => throw CypherErrors.TypeMismatch("Boolean", other),
        };
    }

    private static SlotExpression Slot(int slot) => (row, _) => row[slot];

    /// <param name="locals">The names enclosing comprehensions bind (null outside any).</param>
    private static SlotExpression Compile(Expression e, Scope scope, IReadOnlySet<string>? locals)
    {
        StackGuard.Check();
        if (scope.Aggregates is { } aggregates && aggregates.TryGetValue(e, out var aggregate)) return Slot(aggregate.Slot);
        if (scope.Hoisted is { } hoisted && hoisted.TryGetValue(e, out var computed)) return Slot(computed.Slot);
        // A part written like a projected item (a grouping key after aggregation) reads that item's column.
        if (e is not Variable && scope.Items is { } projected && (locals is null || !ReadsLocal(e, locals)) && projected.TryGetValue(AstKey.Of(e), out var column)) return Slot(column.Slot);
        switch (e)
        {
            case Literal l:
            {
                var value = l.Value;
                return (_, _) => value;
            }
            case Parameter p:
            {
                var name = p.Name;
                return (_, ctx) => ctx.Parameter(name);
            }
            case Variable v when scope.Find(v.Name) is { } symbol:
                return Slot(symbol.Slot);
            case PropertyAccess pa:
            {
                var subject = Compile(pa.Subject, scope, locals);
                var key = new TokenCache(pa.Key, label: false);
                // A node's property by token (planned statements only read, so nothing waits to be deleted).
                return (row, ctx) => subject(row, ctx) is NodeRef n
                    ? (key.Of(ctx.Graph) is var token and >= 0 ? ctx.Graph.NodeProperty(n.Id, token) : null)
                    : ctx.Evaluator.Property(subject(row, ctx), key.Name);
            }
            case BinaryExpression b:
                return Binary(b, scope, locals);
            case UnaryExpression { Operator: UnaryOperator.Not } u:
            {
                var operand = Compile(u.Operand, scope, locals);
                return (row, ctx) => Logical(operand(row, ctx)) switch
                {
                    null => null,
                    true => BoxedFalse,
                    false => BoxedTrue,
                };
            }
            case UnaryExpression u:
            {
                var operand = Compile(u.Operand, scope, locals);
                return u.Operator == UnaryOperator.Negate
                    ? (row, ctx) => CypherOperators.Negate(operand(row, ctx))
                    : (row, ctx) => operand(row, ctx) is var value && value is null or long or double ? value : throw CypherErrors.TypeMismatch("Number", value);
            }
            case IndexAccess ia:
            {
                var subject = Compile(ia.Subject, scope, locals);
                var index = Compile(ia.Index, scope, locals);
                return (row, ctx) => ctx.Evaluator.Index(subject(row, ctx), index(row, ctx));
            }
            case LabelCheck lc:
            {
                var subject = Compile(lc.Subject, scope, locals);
                var labels = lc.Labels;
                return (row, ctx) => ctx.Evaluator.CheckLabels(subject(row, ctx), labels);
            }
            case TypePredicate tp:
            {
                var operand = Compile(tp.Operand, scope, locals);
                var (type, negated) = (tp.Type, tp.Negated);
                return (row, ctx) => CypherTypeTest.Matches(operand(row, ctx), type) != negated ? BoxedTrue : BoxedFalse;
            }
            case IsNullExpression n:
            {
                var operand = Compile(n.Operand, scope, locals);
                var negated = n.Negated;
                return (row, ctx) => (operand(row, ctx) is null) != negated ? BoxedTrue : BoxedFalse;
            }
            case ListLiteral list:
            {
                var items = list.Items.Select(i => Compile(i, scope, locals)).ToArray();
                return (row, ctx) =>
                {
                    var values = new List<object?>(items.Length);
                    foreach (var item in items) values.Add(item(row, ctx));
                    return values;
                };
            }
            case MapLiteral map:
            {
                var keys = map.Entries.Select(en => en.Key).ToArray();
                var values = map.Entries.Select(en => Compile(en.Value, scope, locals)).ToArray();
                return (row, ctx) =>
                {
                    var result = new CypherMap(keys.Length);
                    for (var i = 0; i < keys.Length; i++) result.Set(keys[i], values[i](row, ctx));
                    return result;
                };
            }
            case Variable:
                throw new PlanningFallbackException(FallbackReason.UnresolvedVariable);
            case MapProjection mp:
                return MapProjections.Compile(mp, scope.Find(mp.Subject) ?? throw new PlanningFallbackException(FallbackReason.UnresolvedVariable), scope, (x, s) => Compile(x, s, locals));
            case SliceAccess sa:
                return Slice(sa, scope, locals);
            case ListComprehension lc:
                return Comprehension(lc, scope, locals);
            case QuantifierExpression q:
                return Quantifier(q, scope, locals);
            case ReduceExpression r:
                return Reduce(r, scope, locals);
            case CaseExpression c:
                return Case(c, scope, locals);
            // linenumber() and file() read the record LOAD CSV put in its hidden slots; with none in scope, null.
            case FunctionCall { Arguments.Count: 0 } f when LoadCsvFunctions.SlotOf(f.Name) is { } csv:
            {
                if (scope.Find(csv) is not { } slot) return (_, _) => null;
                var index = slot.Slot;
                return (row, _) => row[index];
            }
            case FunctionCall f when !FunctionRegistry.IsAggregate(f.Name) && FunctionRegistry.TryGetScalar(f.Name, out var def):
            {
                var args = f.Arguments.Select(a => Compile(a, scope, locals)).ToArray();
                return (row, ctx) =>
                {
                    var values = new List<object?>(args.Length);
                    foreach (var a in args) values.Add(a(row, ctx));
                    return def.Invoke(values, ctx.Query);
                };
            }
            case CountStar or FunctionCall:
                // An aggregate no aggregation below answers, or an unknown function: the evaluator's error, when evaluated.
                return (_, _) => throw (e is FunctionCall { Name: var name } && !FunctionRegistry.IsAggregate(name)
                    ? new GraphException(ErrorCodes.SemanticError, $"Unknown function '{name}'", ErrorPhase.Compile)
                    : new GraphException(ErrorCodes.SemanticError, "Invalid use of aggregating function in this context", ErrorPhase.Compile));
            default:
                // Pattern expressions and subqueries no Apply computed.
                return Bridged(e, scope, locals);
        }
    }

    /// <summary>CASE: the first WHEN that holds (simple form: equals the test) gives its THEN, else ELSE or null.</summary>
    private static SlotExpression Case(CaseExpression c, Scope scope, IReadOnlySet<string>? locals)
    {
        var test = c.Test is null ? null : Compile(c.Test, scope, locals);
        var whens = c.Alternatives.Select(a => Compile(a.When, scope, locals)).ToArray();
        var thens = c.Alternatives.Select(a => Compile(a.Then, scope, locals)).ToArray();
        var otherwise = c.Else is null ? null : Compile(c.Else, scope, locals);
        return (row, ctx) =>
        {
            var subject = test?.Invoke(row, ctx);
            for (var i = 0; i < whens.Length; i++)
            {
                var when = whens[i](row, ctx);
                var holds = test is null ? when is true : CypherEquality.Equal(subject, when) == true;
                if (holds) return thens[i](row, ctx);
            }
            return otherwise?.Invoke(row, ctx);
        };
    }

    private static SlotExpression Binary(BinaryExpression b, Scope scope, IReadOnlySet<string>? locals)
    {
        var left = Compile(b.Left, scope, locals);
        var right = Compile(b.Right, scope, locals);
        switch (b.Operator)
        {
            case BinaryOperator.And:
                return (row, ctx) =>
                {
                    var l = Logical(left(row, ctx));
                    if (l == false) return BoxedFalse;
                    var r = Logical(right(row, ctx));
                    if (r == false) return BoxedFalse;
                    return l is null || r is null ? null : BoxedTrue;
                };
            case BinaryOperator.Or:
                return (row, ctx) =>
                {
                    var l = Logical(left(row, ctx));
                    if (l == true) return BoxedTrue;
                    var r = Logical(right(row, ctx));
                    if (r == true) return BoxedTrue;
                    return l is null || r is null ? null : BoxedFalse;
                };
            case BinaryOperator.Xor:
                return (row, ctx) =>
                {
                    var l = Logical(left(row, ctx));
                    var r = Logical(right(row, ctx));
                    return l is null || r is null ? null : Boxed(l != r);
                };
        }
        Func<object?, object?, object?> op = b.Operator switch
        {
            BinaryOperator.Add => CypherOperators.Add,
            BinaryOperator.Subtract => CypherOperators.Subtract,
            BinaryOperator.Multiply => CypherOperators.Multiply,
            BinaryOperator.Divide => CypherOperators.Divide,
            BinaryOperator.Modulo => CypherOperators.Modulo,
            BinaryOperator.Power => CypherOperators.Power,
            BinaryOperator.Equal => (l, r) => Boxed(CypherEquality.Equal(l, r)),
            BinaryOperator.NotEqual => (l, r) => Boxed(CypherEquality.Equal(l, r) is { } eq ? !eq : null),
            BinaryOperator.LessThan => (l, r) => Boxed(CypherComparison.LessThan(l, r)),
            BinaryOperator.LessThanOrEqual => (l, r) => Boxed(CypherComparison.LessThanOrEqual(l, r)),
            BinaryOperator.GreaterThan => (l, r) => Boxed(CypherComparison.GreaterThan(l, r)),
            BinaryOperator.GreaterThanOrEqual => (l, r) => Boxed(CypherComparison.GreaterThanOrEqual(l, r)),
            BinaryOperator.In => (l, r) => Boxed(CypherOperators.In(l, r)),
            BinaryOperator.StartsWith => (l, r) => Boxed(CypherOperators.StartsWith(l, r)),
            BinaryOperator.EndsWith => (l, r) => Boxed(CypherOperators.EndsWith(l, r)),
            BinaryOperator.Contains => (l, r) => Boxed(CypherOperators.Contains(l, r)),
            _ => (l, r) => Boxed(CypherOperators.RegexMatch(l, r)),
        };
        SlotExpression general = (row, ctx) => op(left(row, ctx), right(row, ctx));
        return StringEquality.Compile(b, scope, general) ?? general;
    }

    /// <summary>
    /// Left to the evaluator: a pattern expression or subquery inside a comprehension, quantifier or reduce (the
    /// interpreter's matcher reads names; its row holds every name in scope, the frame's variables too, and the
    /// aggregate results it names). Outside one, the planner computes them by an Apply, and one it did not is
    /// answered by the interpreter for the whole statement.
    /// </summary>
    private static SlotExpression Bridged(Expression e, Scope scope, IReadOnlySet<string>? locals)
    {
        // The evaluator reads names: a part that only a projected column answers cannot be handed to it.
        if (SymbolReads.ReadsItems(e, scope)) throw new PlanningFallbackException(FallbackReason.UnresolvedVariable);
        // Nor one whose pattern expressions an Apply computed: the evaluator would match them again from names.
        if (scope.Hoisted is { } hoisted && Subqueries.In(e).Any(hoisted.ContainsKey)) throw new PlanningFallbackException(FallbackReason.PatternExpression);
        var reads = new HashSet<Symbol>();
        IReadOnlyList<Symbol> symbols = locals is null && SymbolReads.Collect(e, scope, reads) ? reads.Where(s => scope.Find(s.Name) == s).ToList() : scope.Variables.Values.Distinct().ToList();
        var calls = scope.Aggregates is { } aggregates ? aggregates.Where(a => AggregateCalls.In(e).Contains(a.Key, ReferenceEqualityComparer.Instance)).ToList() : [];
        return (row, ctx) =>
        {
            Dictionary<Expression, object?>? results = null;
            if (calls.Count > 0)
            {
                results = new Dictionary<Expression, object?>(ReferenceEqualityComparer.Instance);
                foreach (var (call, symbol) in calls) results[call] = row[symbol.Slot];
            }
            return ctx.Evaluator.Evaluate(e, OperatorContext.RowOf(row, symbols), results);
        };
    }

    private static object? Boxed(bool? value) => value is null ? null : value.Value ? BoxedTrue : BoxedFalse;

    private static bool? Logical(object? value) => value switch
    {
        null => null,
        bool b => b,
        _ => throw CypherErrors.TypeMismatch("Boolean", value),
    };
}
