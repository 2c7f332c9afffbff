using System.Runtime.CompilerServices;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>What an index-usable predicate asks of a property.</summary>
internal enum SeekPredicate
{
    Equal,
    In,
    StartsWith,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
}

/// <summary>A predicate the planner found in WHERE (n.key op constant) that an index seek can serve.</summary>
/// <param name="Conjunct">The WHERE conjunct the hint was read from; null for a pattern's inline property.</param>
internal sealed record SeekHint(string Variable, string Key, SeekPredicate Predicate, Expression Value, Expression? Conjunct = null)
{
    public bool IsLowerBound => Predicate is SeekPredicate.Greater or SeekPredicate.GreaterOrEqual;

    public bool IsUpperBound => Predicate is SeekPredicate.Less or SeekPredicate.LessOrEqual;
}

/// <summary>
/// Finds index-usable predicates among the top-level ANDs of a WHERE: equality, IN, STARTS WITH and
/// comparisons of a property with a constant (literal, parameter, or a list of those). Since each is
/// a conjunct, a row failing it fails the WHERE, so a seek on it never loses a match; WHERE still runs.
/// </summary>
/// <remarks>
/// The hints depend only on the syntax tree, which the plan cache keeps per statement text, so they are
/// worked out once per WHERE and reused by every run and every row (values are read at seek time).
/// </remarks>
internal static class SeekHints
{
    private static readonly ConditionalWeakTable<Expression, IReadOnlyList<SeekHint>> Cache = [];

    public static IReadOnlyList<SeekHint> From(Expression? where)
    {
        if (where is null) return [];
        return Cache.GetValue(where, static w =>
        {
            var hints = new List<SeekHint>();
            Collect(w, hints);
            return hints;
        });
    }

    /// <summary>Literals, parameters and lists of them: values known before any row is matched.</summary>
    public static bool IsConstant(Expression e) => e switch
    {
        Literal or Parameter => true,
        ListLiteral list => list.Items.All(IsConstant),
        _ => false,
    };

    private static void Collect(Expression? e, List<SeekHint> hints)
    {
        Add(e, hints);
        hints.RemoveAll(h => h.Predicate != SeekPredicate.In && h.Value is ListLiteral);
    }

    private static void Add(Expression? e, List<SeekHint> hints)
    {
        if (e is not BinaryExpression b) return;
        if (b.Operator == BinaryOperator.And)
        {
            Add(b.Left, hints);
            Add(b.Right, hints);
            return;
        }
        if (b.Left is PropertyAccess { Subject: Variable v } p && IsConstant(b.Right) && Forward(b.Operator) is { } op)
        {
            hints.Add(new SeekHint(v.Name, p.Key, op, b.Right, b));
        }
        else if (b.Right is PropertyAccess { Subject: Variable rv } rp && IsConstant(b.Left) && Mirrored(b.Operator) is { } mop)
        {
            hints.Add(new SeekHint(rv.Name, rp.Key, mop, b.Left, b));
        }
    }

    internal static SeekPredicate? Forward(BinaryOperator op) => op switch
    {
        BinaryOperator.Equal => SeekPredicate.Equal,
        BinaryOperator.In => SeekPredicate.In,
        BinaryOperator.StartsWith => SeekPredicate.StartsWith,
        BinaryOperator.GreaterThan => SeekPredicate.Greater,
        BinaryOperator.GreaterThanOrEqual => SeekPredicate.GreaterOrEqual,
        BinaryOperator.LessThan => SeekPredicate.Less,
        BinaryOperator.LessThanOrEqual => SeekPredicate.LessOrEqual,
        _ => null,
    };

    // constant op n.key, read from the property's side: 5 < n.p is n.p > 5.
    internal static SeekPredicate? Mirrored(BinaryOperator op) => op switch
    {
        BinaryOperator.Equal => SeekPredicate.Equal,
        BinaryOperator.GreaterThan => SeekPredicate.Less,
        BinaryOperator.GreaterThanOrEqual => SeekPredicate.LessOrEqual,
        BinaryOperator.LessThan => SeekPredicate.Greater,
        BinaryOperator.LessThanOrEqual => SeekPredicate.GreaterOrEqual,
        _ => null,
    };
}
