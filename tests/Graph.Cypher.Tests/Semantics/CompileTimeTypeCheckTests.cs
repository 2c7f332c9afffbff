using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Semantics;

// Errors Neo4j reports before running (its semantic analysis, reported with the SyntaxError status): a variable
// bound as two entity types, and a literal argument of the wrong type for a function's signature.
public sealed class CompileTimeTypeCheckTests : IDisposable
{
    private readonly Db _db = new();

    public CompileTimeTypeCheckTests() => _db.Run("CREATE (:A)-[:R]->(:B)");

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("MATCH (a)-[a]->() RETURN a", "Type mismatch: a defined with conflicting type Node (expected Relationship)", 0)]
    [InlineData("MATCH ()-[r]->() MATCH (r) RETURN r", "Type mismatch: r defined with conflicting type Relationship (expected Node)", 24)]
    [InlineData("MATCH p = ()-->() MATCH (p) RETURN p", "Type mismatch: p defined with conflicting type Path (expected Node)", 25)]
    [InlineData("MATCH ()-[r*1..2]->() MATCH ()-[r]->() RETURN r", "Type mismatch: r defined with conflicting type List<Relationship> (expected Relationship)", 0)]
    [InlineData("MATCH (a) WITH a AS b MATCH ()-[b]->() RETURN b", "Type mismatch: b defined with conflicting type Node (expected Relationship)", 0)]
    [InlineData("RETURN toUpper(1)", "Type mismatch: expected String but was Integer", 16)]
    [InlineData("RETURN substring('abc', '1')", "Type mismatch: expected Integer but was String", 25)]
    [InlineData("RETURN sqrt('4')", "Type mismatch: expected Float but was String", 13)]
    [InlineData("RETURN left('abc', 1.5)", "Type mismatch: expected Integer but was Float", 20)]
    [InlineData("RETURN any(x IN 'abc' WHERE x = 'a')", "Type mismatch: expected List<T> but was String", 17)]
    [InlineData("RETURN reduce(a = 0, x IN 1 | a)", "Type mismatch: expected List<T> but was Integer", 27)]
    [InlineData("RETURN 123 AND true", "Type mismatch: expected Boolean but was Integer", 8)]
    [InlineData("RETURN false OR 'yes'", "Type mismatch: expected Boolean but was String", 17)]
    [InlineData("RETURN null XOR [true]", "Type mismatch: expected Boolean but was List<Boolean>", 17)]
    [InlineData("RETURN true AND [1, 'a']", "Type mismatch: expected Boolean but was List<Any>", 17)]
    [InlineData("MATCH (n) WHERE NOT {a: 1} RETURN n", "Type mismatch: expected Boolean but was Map", 21)]
    [InlineData("RETURN NOT 1.5", "Type mismatch: expected Boolean but was Float", 12)]
    [InlineData("RETURN 1 IN 'abc'", "Type mismatch: expected List<T> but was String", 13)]
    [InlineData("RETURN 1 AS x SKIP -1", "Invalid input. '-1' is not a valid value. Must be a non-negative integer.", 20)]
    [InlineData("RETURN 1 AS x LIMIT 1.5", "Invalid input. '1.5' is not a valid value. Must be a non-negative integer.", 21)]
    [InlineData("MATCH (n) WITH n ORDER BY n LIMIT -3 RETURN n", "Invalid input. '-3' is not a valid value. Must be a non-negative integer.", 35)]
    [InlineData("MATCH (r) RETURN type(r)", "Type mismatch: expected Relationship but was Node", 23)]
    [InlineData("MATCH ()-[r]->() RETURN length(r)", "Type mismatch: expected Path but was Relationship", 32)]
    [InlineData("MATCH p = (a) RETURN labels(p)", "Type mismatch: expected Node but was Path", 29)]
    [InlineData("MATCH p = (a)-->(b) RETURN size(p)", "Type mismatch: expected String or List<T> but was Path", 33)]
    [InlineData("RETURN properties('abc')", "Type mismatch: expected Map, Node or Relationship but was String", 19)]
    [InlineData("WITH true AS n MATCH (n) RETURN n", "Type mismatch: n defined with conflicting type Boolean (expected Node)", 22)]
    [InlineData("WITH [1] AS r MATCH ()-[r]->() RETURN r", "Type mismatch: r defined with conflicting type List<Integer> (expected Relationship)", 0)]
    [InlineData("RETURN none(x IN ['a', 'b'] WHERE x % 2 = 0)", "Type mismatch: expected Float or Integer but was String", 35)]
    [InlineData("RETURN all(x IN [false, true] WHERE x * 2 = 0)", "Type mismatch: expected Float or Integer but was Boolean", 37)]
    [InlineData("RETURN 'abc' - 1", "Type mismatch: expected Float or Integer but was String", 8)]
    [InlineData("MATCH p = (a)-->(b) WHERE p.name = 'x' RETURN p", "Type mismatch: expected Map, Node, Relationship, Point, Duration, Date, Time, LocalTime, LocalDateTime or DateTime but was Path", 27)]
    public void Rejected_before_running(string query, string message, int column)
    {
        var error = Assert.Throws<GraphException>(() => _db.Run(query));
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Equal(ErrorPhase.Compile, error.Phase);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        // 0: a relationship's conflict is placed at its pattern's '[', where Neo4j points at the variable one column on.
        if (column > 0) Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("MATCH (a)-[r]->(b) MATCH (a)-[r]->(b) RETURN count(*) AS x", 1L)]
    [InlineData("MATCH (a) WITH a AS b MATCH (b)-->() RETURN count(*) AS x", 1L)]
    [InlineData("RETURN sqrt(4) AS x", 2.0)]
    [InlineData("RETURN toUpper(null) AS x", null)]
    [InlineData("RETURN null AND true AS x", null)]
    [InlineData("RETURN NOT (1 = 2) AS x", true)]
    [InlineData("RETURN 2 IN [1, 2] AS x", true)]
    [InlineData("RETURN 1 AS x SKIP 0 LIMIT 1", 1L)]
    [InlineData("MATCH ()-[r]->() RETURN type(r) AS x", "R")]
    [InlineData("MATCH (n:A) RETURN [n IN ['ab'] | size(n)][0] AS x", 2L)]
    [InlineData("WITH {num: 3} AS m RETURN m.num AS x", 3L)]
    [InlineData("RETURN any(x IN [1, 2] WHERE x % 2 = 0) AS x", true)]
    [InlineData("RETURN any(x IN ['a', 'b'] WHERE x + 'c' = 'bc') AS x", true)]
    public void Consistent_uses_still_run(string query, object? expected) => Assert.Equal(expected, _db.Scalar(query));

    [Theory]
    [InlineData("RETURN $p AND true AS x")]
    [InlineData("RETURN NOT $p AS x")]
    [InlineData("RETURN 1 AS x LIMIT $p")]
    public void Operands_known_only_when_running_stay_runtime_checks(string query)
    {
        var error = Assert.Throws<GraphException>(() => _db.Run(query, new Dictionary<string, object?> { ["p"] = -1L }));
        Assert.Equal(ErrorPhase.Runtime, error.Phase);
    }

    [Theory]
    [InlineData("WITH 123 AS x RETURN x.num", "Integer")]
    [InlineData("WITH [1, true] AS x RETURN x.num", "List<Any>")]
    [InlineData("RETURN 'abc'.num", "String")]
    public void Property_read_of_a_literal_is_a_compile_time_type_error(string query, string actual)
    {
        var error = Assert.Throws<GraphException>(() => _db.Run(query));
        Assert.Equal(ErrorCodes.TypeError, error.Code);
        Assert.Equal(ErrorPhase.Compile, error.Phase);
        Assert.Contains($"but was {actual}", error.Message, StringComparison.Ordinal);
    }
}
