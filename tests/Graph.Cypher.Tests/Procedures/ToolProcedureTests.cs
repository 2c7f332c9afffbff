using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Procedures;

// The procedures tools call before or while they query (Neo4j's operations manual and APOC core docs): the
// server's components, the schema's node and relationship property types, and apoc.util.validate.
public sealed class ToolProcedureTests : IDisposable
{
    private readonly Db _db = new();

    public ToolProcedureTests() =>
        _db.Run("""
            CREATE (:Person {name: 'Ann', born: 1970}), (:Person {name: 'Bob'}), (:Person:Actor {name: 'Cy', born: 1.5}),
                   (:Movie), (:Person {name: 'Di'})-[:ACTED_IN {roles: ['x']}]->(:Movie {title: 'M', released: date('2001-02-03')})
            """);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Components_name_the_neo4j_version_the_engine_speaks()
    {
        var row = Assert.Single(_db.Run("CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition").Records);
        Assert.Equal("Neo4j Kernel", row["name"]);
        Assert.Equal(["5.26.0"], Assert.IsAssignableFrom<IEnumerable<object?>>(row["versions"]));
        Assert.Equal("community", row["edition"]);
    }

    [Fact]
    public void Node_type_properties_list_each_label_combination_and_property()
    {
        var rows = _db.Run("CALL db.schema.nodeTypeProperties()").Records
            .Select(r => $"{r["nodeType"]} {r["propertyName"] ?? "-"} {Types(r["propertyTypes"])} {r["mandatory"]}")
            .ToList();
        Assert.Equal(
        [
            ":`Actor`:`Person` born [Double] True",
            ":`Actor`:`Person` name [String] True",
            ":`Movie` released [Date] False",
            ":`Movie` title [String] False",
            ":`Person` born [Long] False",
            ":`Person` name [String] True",
        ], rows);
    }

    [Fact]
    public void Node_type_properties_yield_the_labels_as_a_list()
    {
        var labels = _db.Column("CALL db.schema.nodeTypeProperties() YIELD nodeType, nodeLabels WHERE nodeType = ':`Actor`:`Person`' RETURN DISTINCT nodeLabels");
        Assert.Equal(["Actor", "Person"], Assert.IsAssignableFrom<IEnumerable<object?>>(Assert.Single(labels)));
    }

    [Fact]
    public void Rel_type_properties_list_each_type_and_property()
    {
        var row = Assert.Single(_db.Run("CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes, mandatory RETURN *").Records);
        Assert.Equal((":`ACTED_IN`", "roles", "[StringArray]", true), ((string?)row["relType"], (string?)row["propertyName"], Types(row["propertyTypes"]), (bool?)row["mandatory"]));
    }

    [Fact]
    public void A_kind_without_properties_gives_one_null_row()
    {
        using var db = new Db();
        db.Run("CREATE (:Empty)");
        var row = Assert.Single(db.Run("CALL db.schema.nodeTypeProperties()").Records);
        Assert.Equal((":`Empty`", null, null, false), (row["nodeType"], row["propertyName"], row["propertyTypes"], row["mandatory"]));
    }

    [Fact]
    public void Validate_passes_rows_on_when_the_predicate_is_false()
    {
        Assert.Equal(
            ["Ann"],
            _db.Column("MATCH (p:Person {name: 'Ann'}) CALL apoc.util.validate(p.born IS NULL, 'no birth year for %s', [p.name]) RETURN p.name AS name"));
    }

    [Fact]
    public void Validate_fails_the_statement_with_the_formatted_message()
    {
        var error = Assert.Throws<GraphException>(() =>
            _db.Run("MATCH (p:Person {name: 'Bob'}) CALL apoc.util.validate(p.born IS NULL, 'no birth year for %s (%d%%)', [p.name, 42]) RETURN p"));
        Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", error.Code);
        Assert.Equal("Failed to invoke procedure `apoc.util.validate`: Caused by: java.lang.RuntimeException: no birth year for Bob (42%)", error.Message);
    }

    [Fact]
    public void Validate_stands_alone_without_yield()
    {
        var result = _db.Run("CALL apoc.util.validate(false, 'never', [])");
        Assert.Empty(result.Columns);
    }

    private static string Types(object? types) =>
        types is IEnumerable<object?> list ? "[" + string.Join(", ", list) + "]" : "-";
}
