using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Semantics;

// DELETE of something that can never be a node, relationship or path (a label or type check, a predicate, a
// literal or arithmetic over literals) fails at compile time as a syntax error, even when no row would reach it.
public sealed class DeleteTargetTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("MATCH (n) DELETE n:Person", "Boolean")]
    [InlineData("MATCH ()-[r:T]-() DELETE r:T", "Boolean")]
    [InlineData("MATCH () DELETE 1 + 1", "Integer")]
    [InlineData("MATCH (n) DELETE n.age > 3", "Boolean")]
    [InlineData("MATCH (n) DELETE 'x'", "String")]
    [InlineData("MATCH (n) DELETE [n]", "List<Any>")]
    public void A_target_that_is_never_an_entity_fails_before_running(string query, string type)
    {
        var error = Assert.Throws<GraphException>(() => _db.Run(query));

        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Equal(ErrorPhase.Compile, error.Phase);
        Assert.StartsWith($"Type mismatch: expected Node, Path or Relationship but was {type}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_paths_and_null_are_deleted()
    {
        _db.Run("CREATE (:A)-[:T]->(:B), (:C)");

        var result = _db.Run("MATCH p = (:A)-[r:T]->(:B) MATCH (c:C) DELETE r, c, null, p");

        Assert.Equal(3, result.Counters.NodesDeleted);
        Assert.Equal(1, result.Counters.RelationshipsDeleted);
    }
}
