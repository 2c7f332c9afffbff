using Graph.Core.Errors;
using Graph.Cypher.Procedures;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Semantics;

// Neo4j 5 refuses, before running, three uses that read as values what only a query may produce: a pattern
// counted with size() (COUNT {} replaced it), an update inside EXISTS/COUNT/COLLECT, and a procedure called
// inside a query without naming the columns it yields.
public sealed class ReadOnlyContextCheckTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    private GraphException CompileError(string query)
    {
        var error = Assert.Throws<GraphException>(() => _db.Run(query));
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Equal(ErrorPhase.Compile, error.Phase);
        return error;
    }

    [Theory]
    [InlineData("MATCH (a) RETURN size((a)-->())")]
    [InlineData("MATCH (a), (b) RETURN size((a)-[:REL]->(b))")]
    [InlineData("RETURN size(()--())")]
    public void Size_of_a_pattern_is_refused(string query) =>
        Assert.Contains("replace size() with COUNT {}", CompileError(query).Message, StringComparison.Ordinal);

    [Fact]
    public void Size_of_a_pattern_comprehension_still_counts()
    {
        _db.Run("CREATE (:A)-[:R]->(), (:A)");

        Assert.Equal(new object?[] { 0L, 1L }, _db.Column("MATCH (a:A) RETURN size([(a)-->(b) | b]) AS n ORDER BY n"));
    }

    [Theory]
    [InlineData("MATCH (n) WHERE EXISTS { MATCH (n)-->(m) SET m.prop = 'x' } RETURN n", "An Exists Expression cannot contain any updates")]
    [InlineData("MATCH (n) RETURN COUNT { MATCH (n)-->(m) DELETE m } AS c", "A Count Expression cannot contain any updates")]
    [InlineData("MATCH (n) RETURN COLLECT { CREATE (m) RETURN m } AS c", "A Collect Expression cannot contain any updates")]
    public void Updates_inside_a_subquery_expression_are_refused(string query, string message) =>
        Assert.Contains(message, CompileError(query).Message, StringComparison.Ordinal);

    [Fact]
    public void An_in_query_call_of_a_procedure_with_outputs_needs_yield()
    {
        using var scope = ProcedureScope.Declare([DeclaredProcedure.Create("test.my.proc", "(in :: INTEGER?) :: (out :: STRING?)", [[1L, "one"]])]);

        Assert.Contains("does not support naming results implicitly", CompileError("CALL test.my.proc(1) RETURN out").Message, StringComparison.Ordinal);
        Assert.Equal("one", _db.Scalar("CALL test.my.proc(1) YIELD out RETURN out"));
        Assert.Equal("one", _db.Scalar("CALL test.my.proc(1)"));
    }
}
