namespace Graph.Cypher.Tests.Execution;

// ORDER BY after an aggregating or DISTINCT projection may use an expression written like a projected item
// inside a larger key (the item's value is used): both runtimes answer alike.
public sealed class OrderByAfterAggregationTests
{
    public static TheoryData<bool> Runtimes => new() { false, true };

    private static Db Graph(bool interpretedOnly)
    {
        var db = new Db(new EmbeddedGraphOptions { InterpretedOnly = interpretedOnly });
        db.Run("CREATE ({name: 'A', age: 10}), ({name: 'A', age: 20}), ({name: 'B', age: 30}), ({name: 'C', age: 40}), ({name: 'C', age: 50})");
        return db;
    }

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void A_grouping_key_inside_a_sort_expression_reads_the_projected_key(bool interpretedOnly)
    {
        using var db = Graph(interpretedOnly);

        var rows = db.Run("MATCH (a) WITH a.name AS name, count(*) AS cnt ORDER BY a.name + 'C' DESC LIMIT 1 RETURN name, cnt").Records;

        var row = Assert.Single(rows);
        Assert.Equal("C", row["name"]);
        Assert.Equal(2L, row["cnt"]);
    }

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void A_projected_aggregate_inside_a_sort_expression_reads_the_projected_value(bool interpretedOnly)
    {
        using var db = Graph(interpretedOnly);

        var names = db.Column("MATCH (p) RETURN p.name AS name, avg(p.age) AS avgAge ORDER BY $k - avg(p.age)", new Dictionary<string, object?> { ["k"] = 100L });

        Assert.Equal(["C", "B", "A"], names);
    }

    [Fact]
    public void A_variable_outside_the_projected_items_is_still_rejected()
    {
        using var db = Graph(false);

        var error = Assert.Throws<Graph.Core.Errors.GraphException>(() => db.Run("MATCH (a) RETURN a.name AS name, count(*) AS cnt ORDER BY a.age"));

        Assert.Contains("not possible to access variables declared before the WITH/RETURN: a", error.Message, StringComparison.Ordinal);
    }
}
