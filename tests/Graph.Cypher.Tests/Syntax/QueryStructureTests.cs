using Graph.Cypher.Syntax.Ast;
using static Graph.Cypher.Tests.Syntax.ParseHelpers;

namespace Graph.Cypher.Tests.Syntax;

// Locks down Neo4j's structural rules that the parser reports: how a query may end, RETURN placement, FOREACH bodies.
public sealed class QueryStructureTests
{
    private const string ConclusionHint =
        "(must be a RETURN clause, a FINISH clause, an update clause, a unit subquery call, or a procedure call with no YIELD).";

    [Theory]
    [InlineData("MATCH (n)", "MATCH")]
    [InlineData("OPTIONAL MATCH (n)", "MATCH")]
    [InlineData("MATCH (n) WITH n", "WITH")]
    [InlineData("UNWIND [1] AS x", "UNWIND")]
    [InlineData("CALL { MATCH (n) } RETURN 1", "MATCH")]
    public void QueryMustConcludeProperly(string text, string clause)
    {
        Assert.StartsWith($"Query cannot conclude with {clause} {ConclusionHint}", Fails(text).Message);
    }

    [Theory]
    [InlineData("CREATE (n)")]
    [InlineData("MATCH (n) SET n.x = 1")]
    [InlineData("MATCH (n) CALL { CREATE (:X) }")]
    [InlineData("MATCH (n) CALL db.labels()")]
    [InlineData("CALL db.labels() YIELD label")]
    [InlineData("MATCH (n) DETACH DELETE n")]
    [InlineData("RETURN EXISTS { MATCH (n) } AS e")]
    public void ValidEndings(string text)
    {
        Assert.IsType<SingleQuery>(Graph.Cypher.Syntax.CypherParser.Parse(text));
    }

    [Fact]
    public void YieldingCallCannotEndALongerQuery()
    {
        Assert.StartsWith("Query cannot conclude with CALL together with YIELD", Fails("MATCH (n) CALL db.labels() YIELD label").Message);
    }

    [Fact]
    public void StandaloneCallCannotFilter()
    {
        Assert.StartsWith("Cannot use standalone call with WHERE", Fails("CALL db.labels() YIELD label WHERE label = 'a'").Message);
    }

    [Fact]
    public void ReturnOnlyAtTheEnd()
    {
        var error = Fails("WITH 1 AS x RETURN x RETURN x");
        Assert.StartsWith("RETURN can only be used at the end of the query.", error.Message);
        Assert.Equal(13, error.Column);
    }

    [Theory]
    [InlineData("WITH 1 RETURN 1", 6)]
    [InlineData("MATCH (n) WITH n, n.x RETURN 1", 19)]
    public void WithExpressionsNeedAnAlias(string text, int column)
    {
        var error = Fails(text);
        Assert.StartsWith("Expression in WITH must be aliased (use AS)", error.Message);
        Assert.Equal(column, error.Column);
        Assert.IsType<WithClause>(Single("MATCH (n) WITH n, (n), `n` AS m RETURN 1").Clauses[1]);
    }

    [Fact]
    public void ForeachTakesOnlyUpdatingClauses()
    {
        Assert.StartsWith("Invalid use of MATCH inside FOREACH", Fails("FOREACH (x IN [1] | MATCH (n))").Message);
    }

    [Theory]
    [InlineData("RETURN not", "not")]
    [InlineData("RETURN DISTINCT", "DISTINCT")]
    [InlineData("RETURN case", "case")]
    public void KeywordsWithNothingToApplyToAreVariables(string text, string name)
    {
        Assert.Equal(name, VarName(Expr(text["RETURN ".Length..])));
    }

    [Theory]
    [InlineData("CREATE (a)-[r]->(b)", "Exactly one relationship type must be specified for CREATE.")]
    [InlineData("CREATE (a)-[:R|S]->(b)", "A single relationship type must be specified for CREATE")]
    [InlineData("CREATE (a)-[:!R]->(b)", "A single plain relationship type like `:R` must be specified for CREATE")]
    [InlineData("CREATE (a)-[:R]-(b)", "Only directed relationships are supported in CREATE")]
    [InlineData("CREATE (a)-[:R*2]->(b)", "Variable length relationships cannot be used in CREATE")]
    [InlineData("CREATE (a:A|B)", "Label expressions in patterns are not allowed in a CREATE clause")]
    [InlineData("MERGE (a)-[:R|S]->(b)", "A single relationship type must be specified for MERGE")]
    [InlineData("MERGE (a)-[:R*2]->(b)", "Variable length relationships cannot be used in MERGE")]
    [InlineData("MERGE (a WHERE a.x = 1)", "Node pattern predicates are not allowed in a MERGE clause")]
    [InlineData("CREATE p = shortestPath((a)-[:R]->(b))", "shortestPath(...) cannot be used in a CREATE clause")]
    public void CreateAndMergePatternRules(string text, string message)
    {
        Assert.StartsWith(message, Fails(text).Message);
    }

    [Fact]
    public void UndirectedMergeAndConjunctiveLabelsAreFine()
    {
        Assert.IsType<MergeClause>(Single("MERGE (a)-[:R]-(b)").Clauses[0]);
        Assert.IsType<LabelAnd>(Clause<CreateClause>("CREATE (a:A&B)").Pattern.Parts[0].Nodes[0].Labels);
    }
}
