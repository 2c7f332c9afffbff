using Graph.Core.Errors;

namespace Graph.Cypher.Tests.Execution;

// Locks down that odd or wrong statements fail with a structured GraphException, never another exception.
public sealed class RobustnessTests : IDisposable
{
    private readonly Db _db = new();

    public RobustnessTests() => _db.Run("CREATE (:A {x: 1})-[:R {w: 2}]->(:B {y: 'b'})");

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("MATCH (n:A) RETURN n.x.y", ErrorCodes.TypeError)]
    [InlineData("RETURN 1 / 0", ErrorCodes.ArithmeticError)]
    [InlineData("RETURN [1, 2][1.5]", ErrorCodes.TypeError)]
    [InlineData("MATCH (n:A) SET n.p = {a: 1}", ErrorCodes.TypeError)]
    [InlineData("UNWIND [1] AS x RETURN x.y", ErrorCodes.TypeError)]
    [InlineData("CALL db.labels() YIELD foo RETURN foo", ErrorCodes.SyntaxError)]
    [InlineData("RETURN reduce(a = 0, x IN 1 | a)", ErrorCodes.SyntaxError)]
    [InlineData("WITH 1 AS x RETURN x SKIP -1", ErrorCodes.SyntaxError)]
    [InlineData("MATCH (n) WHERE 1 RETURN n", ErrorCodes.TypeError)]
    [InlineData("MATCH (a:A) CREATE (a)-[:R]->(b:B) CREATE (b)-[:R]->(c:C {v: [1, 'x']})", null)]
    [InlineData("RETURN toInteger('x') + 1", null)]
    public void Bad_input_gives_a_structured_error(string query, string? expectedCode)
    {
        try
        {
            _db.Run(query);
        }
        catch (GraphException ex)
        {
            if (expectedCode is not null) Assert.Equal(expectedCode, ex.Code);
            return;
        }
        catch (Exception ex)
        {
            Assert.Fail($"Unstructured {ex.GetType().Name}: {ex.Message}");
        }
        Assert.Null(expectedCode);
    }

    [Fact]
    public void Deeply_nested_expression_in_a_comprehension_is_an_error_not_a_crash()
    {
        var query = "RETURN " + string.Concat(Enumerable.Repeat("[x IN [1] | ", 3000)) + "1" + new string(']', 3000);
        var ex = Assert.Throws<GraphException>(() => _db.Run(query));
        Assert.False(string.IsNullOrEmpty(ex.Code));
    }

    [Fact]
    public void Plan_cache_returns_consistent_results_for_repeated_text()
    {
        var p = new Dictionary<string, object?> { ["x"] = 1L };
        Assert.Equal(1L, _db.Scalar("MATCH (n:A {x: $x}) RETURN count(n)", p));
        p["x"] = 2L;
        Assert.Equal(0L, _db.Scalar("MATCH (n:A {x: $x}) RETURN count(n)", p));
    }
}
