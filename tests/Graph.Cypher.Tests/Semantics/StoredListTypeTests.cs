using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Semantics;

// A list stored as a property is an array of one type (Cypher manual, lists: SET keanu.resume = titles + years
// fails); Neo4j's TypeError text, and nothing is written.
public sealed class StoredListTypeTests : IDisposable
{
    private readonly Db _db = new();

    public StoredListTypeTests() => _db.Run("CREATE (:Person {name: 'Keanu'})");

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("MATCH (n:Person) SET n.resume = ['The Matrix', 1999]")]
    [InlineData("MATCH (n:Person) SET n += {resume: [true, 'x']}")]
    [InlineData("CREATE (:Person {tags: [date('2020-01-01'), 'x']})")]
    public void A_mixed_list_is_refused(string query)
    {
        var error = Assert.Throws<GraphException>(() => _db.Run(query));
        Assert.Equal(ErrorCodes.TypeError, error.Code);
        Assert.StartsWith("Neo4j only supports a subset of Cypher types for storage as singleton or array properties.", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _db.Scalar("MATCH (n) WHERE n.resume IS NOT NULL OR n.tags IS NOT NULL RETURN count(n)"));
    }

    [Fact]
    public void A_list_of_one_type_is_stored() =>
        Assert.Equal(new object[] { "The Matrix", "Speed" }, _db.Scalar("MATCH (n:Person) SET n.resume = ['The Matrix', 'Speed'] RETURN n.resume") as IEnumerable<object?>);
}
