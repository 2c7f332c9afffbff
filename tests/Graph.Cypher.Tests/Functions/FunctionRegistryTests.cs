using Graph.Cypher.Functions;

namespace Graph.Cypher.Tests.Functions;

// Locks down the catalogue the executor relies on: every Neo4j 5 built-in of the brief resolves, in any case.
public class FunctionRegistryTests
{
    public static TheoryData<string> Scalars =>
    [
        "id", "elementId", "labels", "type", "keys", "properties", "size", "length", "head", "last", "tail", "nodes",
        "relationships", "startNode", "endNode", "coalesce", "toString", "toStringOrNull", "toInteger", "toIntegerOrNull",
        "toFloat", "toFloatOrNull", "toBoolean", "toBooleanOrNull", "toBooleanList", "toIntegerList", "toFloatList",
        "toStringList", "toLower", "toUpper", "lower", "upper", "trim", "ltrim", "rtrim", "btrim", "replace", "split",
        "substring", "left", "right", "reverse", "range", "abs", "ceil", "floor", "round", "sign", "rand", "sqrt", "exp",
        "log", "log10", "e", "pi", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "cot", "degrees", "radians",
        "haversin", "timestamp", "randomUUID", "isEmpty", "isNaN", "valueType", "char_length", "character_length",
        "normalize", "nullIf", "date", "datetime", "duration",
    ];

    [Theory]
    [MemberData(nameof(Scalars))]
    public void Scalar_functions_resolve_case_insensitively(string name)
    {
        Assert.True(FunctionRegistry.TryGetScalar(name, out var def));
        Assert.Equal(name, def.Name, StringComparer.OrdinalIgnoreCase);
        Assert.True(FunctionRegistry.TryGetScalar(name.ToUpperInvariant(), out _));
        Assert.False(FunctionRegistry.IsAggregate(name));
    }

    [Theory]
    [InlineData("count")]
    [InlineData("collect")]
    [InlineData("sum")]
    [InlineData("avg")]
    [InlineData("min")]
    [InlineData("max")]
    [InlineData("stDev")]
    [InlineData("stDevP")]
    [InlineData("percentileCont")]
    [InlineData("percentileDisc")]
    public void Aggregates_resolve_and_create_fresh_state(string name)
    {
        Assert.True(FunctionRegistry.TryGetAggregate(name.ToLowerInvariant(), out var def));
        Assert.NotSame(def.Create(), def.Create());
    }
}
