using Graph.Core.Errors;
using Graph.Cypher.Values;

namespace Graph.Cypher.Tests.Values;

// Locks down that absurdly nested values end with a GraphException instead of overflowing the stack.
public class DeepValueTests
{
    private static List<object?> Nested(int depth)
    {
        var list = new List<object?> { 1L };
        for (var i = 0; i < depth; i++) list = [list];
        return list;
    }

    [Fact]
    public void Deep_equality_ordering_hashing_and_text_raise_instead_of_crashing()
    {
        var a = Nested(1_000_000);
        var b = Nested(1_000_000);
        Assert.Equal(ErrorCodes.ArgumentError, Assert.Throws<GraphException>(() => CypherEquality.Equal(a, b)).Code);
        Assert.Throws<GraphException>(() => CypherEquality.Equivalence.GetHashCode(a));
        Assert.Throws<GraphException>(() => CypherComparison.Order(a, b));
        Assert.Throws<GraphException>(() => CypherComparison.Compare(a, b));
        Assert.Throws<GraphException>(() => CypherTypeNames.ValueType(a));
        Assert.Throws<GraphException>(() => CypherConversions.Describe(a));
    }

    [Fact]
    public void Moderately_nested_values_still_work()
    {
        Assert.True(CypherEquality.Equal(Nested(200), Nested(200)));
        Assert.Equal(0, CypherComparison.Order(Nested(200), Nested(200)));
    }
}
