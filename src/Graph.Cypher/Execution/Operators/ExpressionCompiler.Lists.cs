using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// List comprehensions, quantifiers and reduce compiled over a <see cref="LocalFrame"/>: the list and the body are
/// compiled once, the iteration variables live in slots of the frame, and the rules are the evaluator's
/// (Evaluator.Lists): a non-list value is a list of itself, a null list gives null, quantifiers are three-valued
/// and read every element.
/// </summary>
internal static partial class ExpressionCompiler
{
    private static SlotExpression Comprehension(ListComprehension lc, Scope scope, IReadOnlySet<string>? locals)
    {
        var list = Compile(lc.List, scope, locals);
        var frame = LocalFrame.Of(scope, locals, lc.Variable);
        var where = lc.Where is null ? null : Compile(lc.Where, frame.Scope, frame.Locals);
        var projection = lc.Projection is null ? null : Compile(lc.Projection, frame.Scope, frame.Locals);
        var slot = frame.Slots[0];
        return (row, ctx) =>
        {
            if (Evaluator.AsList(list(row, ctx)) is not { } items) return null;
            var f = frame.Enter(row);
            var result = new List<object?>();
            for (var i = 0; i < items.Count; i++)
            {
                ctx.Query.Tick();
                var item = items[i];
                f[slot] = item;
                if (where is not null && where(f, ctx) is not true) continue;
                result.Add(projection is null ? item : projection(f, ctx));
            }
            return result;
        };
    }

    private static SlotExpression Quantifier(QuantifierExpression q, Scope scope, IReadOnlySet<string>? locals)
    {
        var list = Compile(q.List, scope, locals);
        var frame = LocalFrame.Of(scope, locals, q.Variable);
        var where = q.Where is null ? null : Compile(q.Where, frame.Scope, frame.Locals);
        var (slot, kind) = (frame.Slots[0], q.Kind);
        return (row, ctx) =>
        {
            if (Evaluator.AsList(list(row, ctx)) is not { } items) return null;
            var f = frame.Enter(row);
            int trues = 0, falses = 0, nulls = 0;
            for (var i = 0; i < items.Count; i++)
            {
                ctx.Query.Tick();
                f[slot] = items[i];
                switch (where is null ? items[i] : where(f, ctx))
                {
                    case true: trues++; break;
                    case false: falses++; break;
                    case null: nulls++; break;
                    case var other: throw CypherErrors.TypeMismatch("Boolean", other);
                }
            }
            return Boxed(Evaluator.Quantified(kind, trues, falses, nulls));
        };
    }

    private static SlotExpression Reduce(ReduceExpression r, Scope scope, IReadOnlySet<string>? locals)
    {
        var list = Compile(r.List, scope, locals);
        var initial = Compile(r.Initial, scope, locals);
        // The element's name is bound after the accumulator's, so it wins if both are the same.
        var frame = LocalFrame.Of(scope, locals, r.Accumulator, r.Variable);
        var step = Compile(r.Expression, frame.Scope, frame.Locals);
        var (accumulator, variable) = (frame.Slots[0], frame.Slots[1]);
        return (row, ctx) =>
        {
            if (Evaluator.AsList(list(row, ctx)) is not { } items) return null;
            var acc = initial(row, ctx);
            var f = frame.Enter(row);
            for (var i = 0; i < items.Count; i++)
            {
                ctx.Query.Tick();
                f[accumulator] = acc;
                f[variable] = items[i];
                acc = step(f, ctx);
            }
            return acc;
        };
    }

    private static SlotExpression Slice(SliceAccess sa, Scope scope, IReadOnlySet<string>? locals)
    {
        var subject = Compile(sa.Subject, scope, locals);
        var from = sa.From is null ? null : Compile(sa.From, scope, locals);
        var to = sa.To is null ? null : Compile(sa.To, scope, locals);
        return (row, ctx) => Evaluator.Slice(subject(row, ctx), from?.Invoke(row, ctx), to?.Invoke(row, ctx), from is null, to is null);
    }

    /// <summary>Whether a part reads a name a comprehension binds, so it can never be a projected item's column.</summary>
    private static bool ReadsLocal(Expression e, IReadOnlySet<string> locals) =>
        e is Variable v ? locals.Contains(v.Name) : e is MapProjection mp && locals.Contains(mp.Subject) || ExpressionChildren.Of(e).Any(c => ReadsLocal(c, locals));
}
