using Graph.Cypher.Syntax;
using Graph.Cypher.Syntax.Ast;
using static Graph.Cypher.Tests.Syntax.ParseHelpers;

namespace Graph.Cypher.Tests.Syntax;

// Locks down schema commands: index and constraint creation and dropping, and the SHOW commands.
public sealed class SchemaParsingTests
{
    private static T Parse<T>(string text)
        where T : Statement => Assert.IsType<T>(CypherParser.Parse(text));

    [Fact]
    public void CreateIndexMinimal()
    {
        var index = Parse<CreateIndex>("CREATE INDEX FOR (n:Person) ON (n.name)");
        Assert.Null(index.Name);
        Assert.False(index.IfNotExists);
        Assert.False(index.ForRelationships);
        Assert.Equal("n", index.Variable);
        Assert.Equal("Person", index.LabelOrType);
        Assert.Equal(["name"], index.Properties);
    }

    [Fact]
    public void CreateRangeIndexWithNameIfNotExistsAndComposite()
    {
        var index = Parse<CreateIndex>("CREATE RANGE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.first, p.last)");
        Assert.Equal("person_name", index.Name);
        Assert.True(index.IfNotExists);
        Assert.Equal(["first", "last"], index.Properties);
    }

    [Fact]
    public void CreateIndexIfNotExistsWithoutName()
    {
        var index = Parse<CreateIndex>("CREATE INDEX IF NOT EXISTS FOR (p:Person) ON (p.id)");
        Assert.Null(index.Name);
        Assert.True(index.IfNotExists);
    }

    [Theory]
    [InlineData("CREATE INDEX rel_year FOR ()-[r:TRADES_WITH]-() ON (r.year)")]
    [InlineData("CREATE INDEX rel_year FOR ()-[r:TRADES_WITH]->() ON (r.year)")]
    [InlineData("CREATE INDEX rel_year FOR ()<-[r:TRADES_WITH]-() ON (r.year)")]
    public void CreateRelationshipIndex(string text)
    {
        var index = Parse<CreateIndex>(text);
        Assert.True(index.ForRelationships);
        Assert.Equal("r", index.Variable);
        Assert.Equal("TRADES_WITH", index.LabelOrType);
        Assert.Equal(["year"], index.Properties);
    }

    [Fact]
    public void CreateFulltextIndex()
    {
        var index = Parse<CreateFulltextIndex>(
            "CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:State|Leader) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}");
        Assert.Equal("names", index.Name);
        Assert.True(index.IfNotExists);
        Assert.Equal(["State", "Leader"], index.LabelsOrTypes);
        Assert.Equal(["name", "aliases"], index.Properties);
        Assert.IsType<MapLiteral>(index.Options);
    }

    [Fact]
    public void CreateFulltextRelationshipIndex()
    {
        var index = Parse<CreateFulltextIndex>("CREATE FULLTEXT INDEX ev FOR ()-[r:SIGNED|LEADS]-() ON EACH [r.evidence]");
        Assert.True(index.ForRelationships);
        Assert.Equal(["SIGNED", "LEADS"], index.LabelsOrTypes);
    }

    [Theory]
    [InlineData("CREATE CONSTRAINT state_id FOR (s:State) REQUIRE s.id IS UNIQUE", ConstraintKind.Unique, false)]
    [InlineData("CREATE CONSTRAINT state_id IF NOT EXISTS FOR (s:State) REQUIRE s.id IS NODE UNIQUE", ConstraintKind.Unique, false)]
    [InlineData("CREATE CONSTRAINT FOR (s:State) REQUIRE s.name IS NOT NULL", ConstraintKind.NotNull, false)]
    [InlineData("CREATE CONSTRAINT k FOR (s:State) REQUIRE (s.a, s.b) IS NODE KEY", ConstraintKind.NodeKey, false)]
    [InlineData("CREATE CONSTRAINT FOR ()-[r:LEADS]-() REQUIRE r.role IS NOT NULL", ConstraintKind.NotNull, true)]
    [InlineData("CREATE CONSTRAINT FOR ()-[r:LEADS]-() REQUIRE r.id IS RELATIONSHIP UNIQUE", ConstraintKind.Unique, true)]
    [InlineData("CREATE CONSTRAINT FOR ()-[r:LEADS]-() REQUIRE (r.a) IS REL KEY", ConstraintKind.NodeKey, true)]
    public void CreateConstraint(string text, ConstraintKind kind, bool forRelationships)
    {
        var constraint = Parse<CreateConstraint>(text);
        Assert.Equal(kind, constraint.Kind);
        Assert.Equal(forRelationships, constraint.ForRelationships);
        Assert.NotEmpty(constraint.Properties);
    }

    [Fact]
    public void CreateConstraintDetails()
    {
        var constraint = Parse<CreateConstraint>("CREATE CONSTRAINT k IF NOT EXISTS FOR (s:State) REQUIRE (s.a, s.b) IS NODE KEY");
        Assert.Equal("k", constraint.Name);
        Assert.True(constraint.IfNotExists);
        Assert.Equal("State", constraint.LabelOrType);
        Assert.Equal(["a", "b"], constraint.Properties);
    }

    [Fact]
    public void PropertyOfAnotherVariableIsAnError()
    {
        var error = Fails("CREATE INDEX FOR (n:A) ON (m.x)");
        Assert.StartsWith("Variable `m` not defined", error.Message);
        Assert.Equal(28, error.Column);
    }

    [Fact]
    public void DropIndexAndConstraint()
    {
        var dropIndex = Parse<DropIndex>("DROP INDEX person_name IF EXISTS");
        Assert.Equal("person_name", dropIndex.Name);
        Assert.True(dropIndex.IfExists);
        var dropConstraint = Parse<DropConstraint>("DROP CONSTRAINT `state id`");
        Assert.Equal("state id", dropConstraint.Name);
        Assert.False(dropConstraint.IfExists);
    }

    [Theory]
    [InlineData("SHOW INDEXES", ShowKind.Indexes, null)]
    [InlineData("SHOW INDEX", ShowKind.Indexes, null)]
    [InlineData("SHOW ALL INDEXES", ShowKind.Indexes, null)]
    [InlineData("SHOW RANGE INDEXES", ShowKind.Indexes, "RANGE")]
    [InlineData("show fulltext indexes", ShowKind.Indexes, "FULLTEXT")]
    [InlineData("SHOW LOOKUP INDEXES", ShowKind.Indexes, "LOOKUP")]
    [InlineData("SHOW CONSTRAINTS", ShowKind.Constraints, null)]
    [InlineData("SHOW UNIQUE CONSTRAINTS", ShowKind.Constraints, "UNIQUE")]
    [InlineData("SHOW NODE KEY CONSTRAINTS", ShowKind.Constraints, "NODE KEY")]
    [InlineData("SHOW PROCEDURES", ShowKind.Procedures, null)]
    [InlineData("SHOW FUNCTIONS", ShowKind.Functions, null)]
    [InlineData("SHOW BUILT IN FUNCTIONS", ShowKind.Functions, "BUILT IN")]
    public void ShowCommands(string text, ShowKind kind, string? filter)
    {
        var show = Parse<ShowStatement>(text);
        Assert.Equal(kind, show.Kind);
        Assert.Equal(filter, show.Filter);
    }

    [Fact]
    public void ShowWithYieldWhereReturn()
    {
        var show = Parse<ShowStatement>("SHOW INDEXES YIELD name, type AS t WHERE t = 'RANGE' RETURN name ORDER BY name");
        Assert.Equal(["name", "t"], show.Yield!.Select(y => y.Name));
        Assert.NotNull(show.Where);
        Assert.NotNull(show.Return);
        Assert.Single(show.Return!.Projection.OrderBy);
    }

    [Fact]
    public void ShowYieldPagingBecomesReturnStar()
    {
        var show = Parse<ShowStatement>("SHOW INDEXES YIELD name, type ORDER BY name DESC SKIP 1 LIMIT 5");
        Assert.Equal(2, show.Yield!.Count);
        var projection = show.Return!.Projection;
        Assert.True(projection.IncludeExisting);
        Assert.Empty(projection.Items);
        Assert.True(Assert.Single(projection.OrderBy).Descending);
        Assert.Equal(1L, Value(projection.Skip!));
        Assert.Equal(5L, Value(projection.Limit!));
    }

    [Fact]
    public void ShowWithWhereOnlyAndYieldStar()
    {
        Assert.NotNull(Parse<ShowStatement>("SHOW CONSTRAINTS WHERE name = 'x'").Where);
        Assert.True(Parse<ShowStatement>("SHOW INDEXES YIELD *").YieldStar);
    }

    [Fact]
    public void CreateClauseIsNotMistakenForSchema()
    {
        var create = Clause<CreateClause>("CREATE index = (a)-[:R]->(b)");
        Assert.Equal("index", create.Pattern.Parts[0].PathVariable);
        Assert.IsType<CreateClause>(Single("CREATE (index:Index)").Clauses[0]);
    }

    [Fact]
    public void UnknownShowFilterIsASyntaxError()
    {
        Fails("SHOW BANANA INDEXES");
    }
}
