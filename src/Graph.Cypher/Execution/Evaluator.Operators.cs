using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>Operators: three-valued AND/OR/XOR/NOT, comparisons, arithmetic, string and list predicates, label checks.</summary>
internal sealed partial class Evaluator
{
    private object? Binary(BinaryExpression b, Row row, IReadOnlyDictionary<Expression, object?>? aggregates)
    {
        switch (b.Operator)
        {
            case BinaryOperator.And:
            {
                var l = Logical(Evaluate(b.Left, row, aggregates));
                if (l == false) return BoxedFalse;
                var r = Logical(Evaluate(b.Right, row, aggregates));
                if (r == false) return BoxedFalse;
                return l is null || r is null ? null : BoxedTrue;
            }
            case BinaryOperator.Or:
            {
                var l = Logical(Evaluate(b.Left, row, aggregates));
                if (l == true) return BoxedTrue;
                var r = Logical(Evaluate(b.Right, row, aggregates));
                if (r == true) return BoxedTrue;
                return l is null || r is null ? null : BoxedFalse;
            }
            case BinaryOperator.Xor:
            {
                var l = Logical(Evaluate(b.Left, row, aggregates));
                var r = Logical(Evaluate(b.Right, row, aggregates));
                return l is null || r is null ? null : Boxed(l != r);
            }
        }
        var left = Evaluate(b.Left, row, aggregates);
        var right = Evaluate(b.Right, row, aggregates);
        return b.Operator switch
        {
            BinaryOperator.Add => CypherOperators.Add(left, right),
            BinaryOperator.Subtract => CypherOperators.Subtract(left, right),
            BinaryOperator.Multiply => CypherOperators.Multiply(left, right),
            BinaryOperator.Divide => CypherOperators.Divide(left, right),
            BinaryOperator.Modulo => CypherOperators.Modulo(left, right),
            BinaryOperator.Power => CypherOperators.Power(left, right),
            BinaryOperator.Equal => Boxed(CypherEquality.Equal(left, right)),
            BinaryOperator.NotEqual => Boxed(Not(CypherEquality.Equal(left, right))),
            BinaryOperator.LessThan => Boxed(CypherComparison.LessThan(left, right)),
            BinaryOperator.LessThanOrEqual => Boxed(CypherComparison.LessThanOrEqual(left, right)),
            BinaryOperator.GreaterThan => Boxed(CypherComparison.GreaterThan(left, right)),
            BinaryOperator.GreaterThanOrEqual => Boxed(CypherComparison.GreaterThanOrEqual(left, right)),
            BinaryOperator.In => CypherOperators.In(left, right),
            BinaryOperator.StartsWith => CypherOperators.StartsWith(left, right),
            BinaryOperator.EndsWith => CypherOperators.EndsWith(left, right),
            BinaryOperator.Contains => CypherOperators.Contains(left, right),
            BinaryOperator.RegexMatch => CypherOperators.RegexMatch(left, right),
            _ => throw CypherErrors.Type($"Unsupported operator {b.Operator}"),
        };
    }

    private object? Unary(UnaryExpression u, Row row, IReadOnlyDictionary<Expression, object?>? aggregates)
    {
        var value = Evaluate(u.Operand, row, aggregates);
        return u.Operator switch
        {
            UnaryOperator.Not => Not(Logical(value)),
            UnaryOperator.Negate => CypherOperators.Negate(value),
            _ => value is null or long or double ? value : throw CypherErrors.TypeMismatch("Number", value),
        };
    }

    private static bool? Not(bool? value) => value is null ? null : !value.Value;

    // One boxed true and one boxed false for every comparison and logical result: a WHERE tested per row would
    // otherwise allocate a box per row.
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    private static object? Boxed(bool? value) => value is null ? null : value.Value ? BoxedTrue : BoxedFalse;

    private static bool? Logical(object? value) => value switch
    {
        null => null,
        bool b => b,
        _ => throw CypherErrors.TypeMismatch("Boolean", value),
    };

    internal object? CheckLabels(object? subject, LabelExpression labels) => subject switch
    {
        null => null,
        NodeRef n => labels is LabelName single ? _ctx.Graph.NodeHasLabel(n.Id, single.Name) : NodeLabels(n.Id, labels),
        RelRef r => labels is LabelName type ? _ctx.Graph.RelationshipType(r.Id) == type.Name : RelationshipTypes(r.Id, labels),
        _ => throw CypherErrors.TypeMismatch("Node", subject),
    };

    // The closures live in their own methods: captured in CheckLabels they would be allocated on every check.
    private bool NodeLabels(long id, LabelExpression labels) =>
        LabelsMatch(labels, name => _ctx.Graph.NodeHasLabel(id, name), anyLabel: () => _ctx.Graph.NodeLabels(id).Count > 0);

    private bool RelationshipTypes(long id, LabelExpression labels) =>
        LabelsMatch(labels, name => _ctx.Graph.RelationshipType(id) == name, anyLabel: () => true);

    /// <summary>Label expressions (:A&amp;B, :A|B, :!A, :%) over a membership test.</summary>
    public static bool LabelsMatch(LabelExpression expression, Func<string, bool> has, Func<bool> anyLabel) => expression switch
    {
        LabelName n => has(n.Name),
        LabelAnd a => LabelsMatch(a.Left, has, anyLabel) && LabelsMatch(a.Right, has, anyLabel),
        LabelOr o => LabelsMatch(o.Left, has, anyLabel) || LabelsMatch(o.Right, has, anyLabel),
        LabelNot n => !LabelsMatch(n.Operand, has, anyLabel),
        LabelWildcard => anyLabel(),
        _ => false,
    };
}
