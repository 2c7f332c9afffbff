using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Cypher.Tests.Execution;

// Locks down compile-time rejections: scoping, unknown functions, aggregation misuse, UNION columns, access mode, parameters.
public sealed class SemanticErrorTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    private GraphException Fails(string query, AccessMode mode = AccessMode.Write) =>
        Assert.Throws<GraphException>(() => _db.Run(query, null, mode));

    [Theory]
    [InlineData("MATCH (a) RETURN b", "Variable `b` not defined")]
    [InlineData("MATCH (a) WITH a AS x RETURN a", "Variable `a` not defined")]
    [InlineData("CREATE (a:A) CREATE (a:B)", "Variable `a` already declared")]
    [InlineData("RETURN foo(1)", "Unknown function 'foo'")]
    [InlineData("RETURN *", "RETURN * is not allowed when there are no variables in scope")]
    [InlineData("MATCH (n) WHERE count(n) > 1 RETURN n", "Invalid use of aggregating function count(...) in this context")]
    [InlineData("MATCH (n) RETURN count(count(n))", "Can't use aggregate functions inside of aggregate functions.")]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS b", "All sub queries in an UNION must have the same return column names")]
    [InlineData("MATCH ()-[r]->()-[r]->() RETURN r", "Cannot use the same relationship variable 'r' for multiple relationships")]
    [InlineData("CREATE (a) CREATE (a)", "Variable `a` already declared")]
    [InlineData("CREATE (a)-[r:R]->(b) CREATE (a)-[r:R]->(b)", "Variable `r` already declared")]
    [InlineData("MATCH (n) RETURN DISTINCT n.name AS name ORDER BY n.age", "it is not possible to access variables declared before the WITH/RETURN")]
    [InlineData("WITH 1 AS x WITH x AS y RETURN x", "Variable `x` not defined")]
    [InlineData("MATCH (n) RETURN n.a, n.a + n.b + count(*)", "Illegal expression(s): n.b")]
    [InlineData("MATCH (n) WHERE (n)-->(m) RETURN n", "PatternExpressions are not allowed to introduce new variables: 'm'.")]
    [InlineData("MATCH (n) RETURN n ORDER BY count(*)", "Invalid use of aggregating function count(...) in this context")]
    public void Rejected_before_running(string query, string message)
    {
        var ex = Fails(query);
        Assert.Equal(ErrorPhase.Compile, ex.Phase);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MATCH (n)")]
    [InlineData("MATCH (n) WITH n")]
    public void Query_must_conclude_with_return_unless_it_updates(string query)
    {
        var ex = Fails(query);
        Assert.Equal(ErrorPhase.Compile, ex.Phase);
        Assert.Contains("Query cannot conclude with", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_of_a_non_entity_is_a_type_error()
    {
        var ex = Fails("WITH 1 AS x DELETE x");
        Assert.Equal(ErrorCodes.TypeError, ex.Code);
    }

    [Fact]
    public void Grouping_key_reused_inside_aggregating_item_is_allowed()
    {
        _db.Run("CREATE ({a: 2}), ({a: 2})");
        Assert.Equal(4L, _db.Run("MATCH (n) RETURN n.a, n.a + count(*) AS x").Records.Single()["x"]);
    }

    [Fact]
    public void Wrong_argument_count()
    {
        var ex = Fails("RETURN toUpper('a', 'b')");
        Assert.Contains("Too many parameters for function 'toUpper'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_by_unprojected_variable_after_aggregation_is_rejected()
    {
        var ex = Fails("MATCH (n) RETURN count(*) AS c ORDER BY n.name");
        Assert.Equal(ErrorPhase.Compile, ex.Phase);
    }

    [Fact]
    public void Write_in_read_mode_is_rejected_and_nothing_changes()
    {
        var ex = Fails("CREATE (:X)", AccessMode.Read);
        Assert.Equal(ErrorCodes.AccessMode, ex.Code);
        Assert.Equal(0L, _db.Scalar("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public void Missing_parameter()
    {
        var ex = Fails("RETURN $x");
        Assert.Equal(ErrorCodes.ParameterMissing, ex.Code);
        Assert.Equal("Expected parameter(s): x", ex.Message);
    }

    [Fact]
    public void Unknown_procedure()
    {
        Assert.Equal(ErrorCodes.ProcedureNotFound, Fails("CALL db.nothing()").Code);
    }

    [Fact]
    public void Deep_nesting_gives_an_error_not_a_crash()
    {
        var query = "RETURN " + new string('[', 20000) + new string(']', 20000);
        var ex = Fails(query);
        Assert.NotNull(ex.Code);
    }
}
