using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Functions;

// The APOC core functions Neo4j's GraphQL library calls (APOC docs: apoc.util.validatePredicate, apoc.date.convertFormat).
public sealed class ApocFunctionTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Validate_predicate_is_true_when_the_predicate_is_false() =>
        Assert.Equal(true, _db.Scalar("RETURN apoc.util.validatePredicate(1 > 2, 'unused %s', ['x']) AS ok"));

    [Fact]
    public void Validate_predicate_fails_with_the_formatted_message_when_true()
    {
        var error = Assert.Throws<GraphException>(() => _db.Run("RETURN apoc.util.validatePredicate(true, '@neo4j/graphql/FORBIDDEN %s', [0]) AS ok"));
        Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", error.Code);
        Assert.Equal("Failed to invoke function `apoc.util.validatePredicate`: Caused by: java.lang.RuntimeException: @neo4j/graphql/FORBIDDEN 0", error.Message);
    }

    [Theory]
    [InlineData("2000-01-02T10:30:00+02:00[Europe/Kyiv]", "iso_zoned_date_time", "iso_offset_date_time", "2000-01-02T10:30+02:00")]
    [InlineData("2000-01-02T10:30:05.120Z", "iso_zoned_date_time", "iso_offset_date_time", "2000-01-02T10:30:05.12Z")]
    [InlineData("2000-01-02T10:30:00+02:00", "iso_offset_date_time", "iso_instant", "2000-01-02T08:30Z")]
    [InlineData("2000-01-02T10:30:00+02:00", "iso_offset_date_time", "iso_local_date", "2000-01-02")]
    [InlineData("2000-01-02", "date", "yyyy/MM/dd", "2000/01/02")]
    [InlineData("2000-01-02T07:08:09Z", "iso_date_time", "dd.MM.yy 'at' HH:mm:ss", "02.01.00 at 07:08:09")]
    public void Convert_format_reprints_the_text(string text, string from, string to, string expected) =>
        Assert.Equal(expected, _db.Scalar("RETURN apoc.date.convertFormat($t, $from, $to) AS t", new Dictionary<string, object?> { ["t"] = text, ["from"] = from, ["to"] = to }));

    [Fact]
    public void Convert_format_defaults_to_a_date_and_keeps_null()
    {
        Assert.Equal("2000-01-02", _db.Scalar("RETURN apoc.date.convertFormat('2000-01-02T10:30:00Z', 'iso_date_time') AS t"));
        Assert.Null(_db.Scalar("RETURN apoc.date.convertFormat(null, 'iso_date_time') AS t"));
    }
}
