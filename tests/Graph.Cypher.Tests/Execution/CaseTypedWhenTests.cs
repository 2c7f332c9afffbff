namespace Graph.Cypher.Tests.Execution;

// The simple CASE's extended WHEN with a type predicate (Cypher manual, CASE: WHEN IS NULL, IS NOT TYPED
// INTEGER | FLOAT THEN …), alongside the comparison forms.
public sealed class CaseTypedWhenTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("null", "Unknown")]
    [InlineData("'ten'", "Unknown")]
    [InlineData("1", "Baby")]
    [InlineData("12", "Child")]
    [InlineData("25.5", "Adult")]
    public void Classifies_by_type_then_by_value(string age, string expected) =>
        Assert.Equal(expected, _db.Scalar(
            $"WITH {age} AS age RETURN CASE age WHEN IS NULL, IS NOT TYPED INTEGER | FLOAT THEN 'Unknown' "
            + "WHEN = 0, = 1, = 2 THEN 'Baby' WHEN <= 13 THEN 'Child' ELSE 'Adult' END AS result"));

    [Fact]
    public void Is_typed_with_the_double_colon_form() =>
        Assert.Equal("text", _db.Scalar("RETURN CASE 'x' WHEN IS :: STRING THEN 'text' ELSE 'other' END AS r"));
}
