using Graph.Cypher.Syntax.Ast;
using static Graph.Cypher.Tests.Syntax.ParseHelpers;

namespace Graph.Cypher.Tests.Syntax;

// Locks down ambiguities found by comparing with Neo4j's own front end, one regression test each.
public sealed class AmbiguityRegressionTests
{
    [Fact]
    public void CountFollowedByAProjectionIsAMapProjection()
    {
        Assert.Equal("count", Expr<MapProjection>("count{.x, k: 1}").Subject);
        Assert.Equal(SubqueryKind.Count, Expr<SubqueryExpression>("count{ (a)-->() }").Kind);
    }

    [Fact]
    public void NotBeforeAVariableNamedEnd()
    {
        var not = Expr<UnaryExpression>("NOT end.prop");
        Assert.Equal(UnaryOperator.Not, not.Operator);
        Assert.IsType<PropertyAccess>(not.Operand);
    }

    [Fact]
    public void PatternPredicateStopsBeforeLessThanNegative()
    {
        var less = Binary(Expr("(a)-->() < -1"), BinaryOperator.LessThan);
        Assert.IsType<PatternPredicate>(less.Left);
        Assert.Equal(-1L, Value(less.Right));
    }

    [Fact]
    public void BarInReduceAndComprehensionListsBelongsToTheForm()
    {
        var reduce = Expr<ReduceExpression>("reduce(s = 0, v IN n:A|B | s + v)");
        Assert.IsType<LabelOr>(Assert.IsType<LabelCheck>(reduce.List).Labels);
        Binary(reduce.Expression, BinaryOperator.Add);
        var comprehension = Expr<ListComprehension>("[v IN n:A | v]");
        Assert.IsType<LabelName>(Assert.IsType<LabelCheck>(comprehension.List).Labels);
        Assert.Equal("v", VarName(comprehension.Projection!));
    }
}
