using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>List comprehension, quantifiers (all/any/none/single, three-valued) and reduce.</summary>
internal sealed partial class Evaluator
{
    // As Neo4j's runtime (CypherFunctions.asList): a value that is not a list is read as a list of itself.
    internal static IReadOnlyList<object?>? AsList(object? value) => value switch
    {
        null => null,
        IReadOnlyList<object?> list => list,
        _ => [value],
    };

    private object? Comprehend(ListComprehension lc, Row row, IReadOnlyDictionary<Expression, object?>? aggregates)
    {
        var list = AsList(Evaluate(lc.List, row, aggregates));
        if (list is null) return null;
        var result = new List<object?>();
        foreach (var item in list)
        {
            _ctx.Tick();
            var inner = row.With(lc.Variable, item);
            if (lc.Where is not null && Evaluate(lc.Where, inner, aggregates) is not true) continue;
            result.Add(lc.Projection is null ? item : Evaluate(lc.Projection, inner, aggregates));
        }
        return result;
    }

    private object? Quantify(QuantifierExpression q, Row row, IReadOnlyDictionary<Expression, object?>? aggregates)
    {
        var list = AsList(Evaluate(q.List, row, aggregates));
        if (list is null) return null;
        int trues = 0, nulls = 0, falses = 0;
        foreach (var item in list)
        {
            _ctx.Tick();
            var value = q.Where is null ? item : Evaluate(q.Where, row.With(q.Variable, item), aggregates);
            switch (value)
            {
                case true: trues++; break;
                case false: falses++; break;
                case null: nulls++; break;
                default: throw CypherErrors.TypeMismatch("Boolean", value);
            }
        }
        return Quantified(q.Kind, trues, falses, nulls);
    }

    /// <summary>A quantifier's three-valued answer from how many elements were true, false and null.</summary>
    internal static bool? Quantified(QuantifierKind kind, int trues, int falses, int nulls) => kind switch
    {
        QuantifierKind.All => falses > 0 ? false : nulls > 0 ? null : true,
        QuantifierKind.Any => trues > 0 ? true : nulls > 0 ? null : false,
        QuantifierKind.None => trues > 0 ? false : nulls > 0 ? null : true,
        _ => trues > 1 ? false : nulls > 0 ? null : trues == 1,
    };

    private object? Reduce(ReduceExpression r, Row row, IReadOnlyDictionary<Expression, object?>? aggregates)
    {
        var list = AsList(Evaluate(r.List, row, aggregates));
        if (list is null) return null;
        var acc = Evaluate(r.Initial, row, aggregates);
        foreach (var item in list)
        {
            _ctx.Tick();
            acc = Evaluate(r.Expression, row.With(r.Accumulator, acc).With(r.Variable, item), aggregates);
        }
        return acc;
    }
}
