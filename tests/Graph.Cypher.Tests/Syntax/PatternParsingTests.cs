using Graph.Cypher.Syntax.Ast;
using static Graph.Cypher.Tests.Syntax.ParseHelpers;

namespace Graph.Cypher.Tests.Syntax;

// Locks down pattern syntax: labels and label expressions, properties, inline WHERE, types, directions, lengths, paths.
public sealed class PatternParsingTests
{
    [Fact]
    public void SeveralLabelsAreAnAnd()
    {
        var node = Part("(n:A:B)").Nodes[0];
        Assert.Equal("n", node.Variable);
        var and = Assert.IsType<LabelAnd>(node.Labels);
        Assert.Equal("A", Assert.IsType<LabelName>(and.Left).Name);
        Assert.Equal("B", Assert.IsType<LabelName>(and.Right).Name);
    }

    [Fact]
    public void LabelExpressionPrecedenceNotThenAndThenOr()
    {
        // !A&B|C means ((!A)&B)|C
        var or = Assert.IsType<LabelOr>(Part("(n:!A&B|C)").Nodes[0].Labels);
        var and = Assert.IsType<LabelAnd>(or.Left);
        Assert.IsType<LabelNot>(and.Left);
        Assert.Equal("C", Assert.IsType<LabelName>(or.Right).Name);
    }

    [Fact]
    public void ParenthesisedLabelExpressionAndWildcard()
    {
        var and = Assert.IsType<LabelAnd>(Part("(n:(A|B)&%)").Nodes[0].Labels);
        Assert.IsType<LabelOr>(and.Left);
        Assert.IsType<LabelWildcard>(and.Right);
    }

    [Fact]
    public void LegacyBarColonIsForRelationshipTypesOnly()
    {
        Assert.StartsWith("Label expressions are not allowed to contain '|:'.", Fails("MATCH (n:A|:B) RETURN n").Message);
    }

    [Fact]
    public void VariableLengthRelationshipsTakeNoInlineWhere()
    {
        Assert.StartsWith("Relationship pattern predicates are not supported for variable-length relationships.",
            Fails("MATCH (a)-[r:A*1..2 WHERE r.x = 1]->(b) RETURN a").Message);
    }

    [Theory]
    [InlineData("MATCH (a $p) RETURN a", "MATCH")]
    [InlineData("MATCH (a)-[r $p]-(b) RETURN a", "MATCH")]
    [InlineData("MERGE (a:A $p)", "MERGE")]
    public void ParameterMapsOnlyInCreate(string text, string clause)
    {
        Assert.StartsWith($"Parameter maps cannot be used in `{clause}` patterns", Fails(text).Message);
        Assert.IsType<Parameter>(Clause<CreateClause>("CREATE (a:A $p)").Pattern.Parts[0].Nodes[0].Properties);
    }

    [Fact]
    public void IsLabelForm()
    {
        Assert.Equal("Person", Assert.IsType<LabelName>(Part("(n IS Person)").Nodes[0].Labels).Name);
    }

    [Fact]
    public void PropertiesAsMapOrParameter()
    {
        var map = Assert.IsType<MapLiteral>(Part("(n {name: 'x', age: 3})").Nodes[0].Properties);
        Assert.Equal(["name", "age"], map.Entries.Select(e => e.Key));
        Assert.Equal("props", Assert.IsType<Parameter>(Clause<CreateClause>("CREATE (n:A $props)").Pattern.Parts[0].Nodes[0].Properties).Name);
    }

    [Fact]
    public void InlineWhereOnNodesAndRelationships()
    {
        var part = Part("(a WHERE a.x > 1)-[r:R WHERE r.w < 2]->(b)");
        Binary(part.Nodes[0].Where!, BinaryOperator.GreaterThan);
        Binary(part.Relationships[0].Where!, BinaryOperator.LessThan);
    }

    [Theory]
    [InlineData("(a)-->(b)", RelationshipDirection.Outgoing)]
    [InlineData("(a)<--(b)", RelationshipDirection.Incoming)]
    [InlineData("(a)--(b)", RelationshipDirection.Both)]
    [InlineData("(a)<-->(b)", RelationshipDirection.Both)]
    [InlineData("(a)-[r]->(b)", RelationshipDirection.Outgoing)]
    [InlineData("(a)<-[r]-(b)", RelationshipDirection.Incoming)]
    [InlineData("(a)-[r]-(b)", RelationshipDirection.Both)]
    public void Directions(string pattern, RelationshipDirection direction)
    {
        var part = Part(pattern);
        Assert.Equal(2, part.Nodes.Count);
        Assert.Equal(direction, Assert.Single(part.Relationships).Direction);
    }

    [Theory]
    [InlineData("(a)-[:A|B]->(b)")]
    [InlineData("(a)-[:A|:B]->(b)")]
    public void TypeAlternativesIncludingLegacyForm(string pattern)
    {
        var or = Assert.IsType<LabelOr>(Part(pattern).Relationships[0].Types);
        Assert.Equal("A", Assert.IsType<LabelName>(or.Left).Name);
        Assert.Equal("B", Assert.IsType<LabelName>(or.Right).Name);
    }

    [Theory]
    [InlineData("*", null, null)]
    [InlineData("*2", 2L, 2L)]
    [InlineData("*1..3", 1L, 3L)]
    [InlineData("*..5", null, 5L)]
    [InlineData("*3..", 3L, null)]
    [InlineData("* 1 .. 3", 1L, 3L)]
    public void VariableLengths(string length, long? min, long? max)
    {
        var rel = Part($"(a)-[r:T{length}]->(b)").Relationships[0];
        Assert.NotNull(rel.Length);
        Assert.Equal(min, rel.Length!.Min);
        Assert.Equal(max, rel.Length.Max);
    }

    [Fact]
    public void VariableLengthWithProperties()
    {
        var rel = Part("(a)-[*2 {w: 1}]-(b)").Relationships[0];
        Assert.Equal(2L, rel.Length!.Min);
        Assert.IsType<MapLiteral>(rel.Properties);
    }

    [Fact]
    public void NamedPathAndLongChain()
    {
        var part = Part("p = (a)-[:X]->(b)<-[:Y]-(c)--(d)");
        Assert.Equal("p", part.PathVariable);
        Assert.Equal(4, part.Nodes.Count);
        Assert.Equal(3, part.Relationships.Count);
    }

    [Theory]
    [InlineData("p = shortestPath((a)-[*]-(b))", PathSelector.ShortestPath)]
    [InlineData("p = allShortestPaths((a)-[*..4]->(b))", PathSelector.AllShortestPaths)]
    [InlineData("(a)-->(b)", PathSelector.All)]
    public void ShortestPathSelectors(string pattern, PathSelector selector)
    {
        Assert.Equal(selector, Part(pattern).Selector);
    }

    [Fact]
    public void EmptyNodeAndAnonymousRelationship()
    {
        var part = Part("()-[]->()");
        Assert.Null(part.Nodes[0].Variable);
        Assert.Null(part.Relationships[0].Variable);
        Assert.Null(part.Relationships[0].Types);
    }

    [Fact]
    public void BacktickedNamesAreUnescaped()
    {
        var part = Part("(`my node`:`La``bel`)-[:`HAS TYPE`]->(b)");
        Assert.Equal("my node", part.Nodes[0].Variable);
        Assert.Equal("La`bel", Assert.IsType<LabelName>(part.Nodes[0].Labels).Name);
        Assert.Equal("HAS TYPE", Assert.IsType<LabelName>(part.Relationships[0].Types).Name);
    }

    [Fact]
    public void KeywordsCanBeVariables()
    {
        var part = Part("(match:Return)-[where:ORDER]->(limit)");
        Assert.Equal("match", part.Nodes[0].Variable);
        Assert.Equal("where", part.Relationships[0].Variable);
        Assert.Equal("limit", part.Nodes[1].Variable);
    }
}
