using Graph.Cypher.Syntax;
using Graph.Cypher.Syntax.Ast;
using static Graph.Cypher.Tests.Syntax.ParseHelpers;

namespace Graph.Cypher.Tests.Syntax;

// Locks down the tree shape of every clause: reading, projecting, updating, UNION and EXPLAIN/PROFILE.
public sealed class ClauseParsingTests
{
    [Fact]
    public void MatchWhereReturn()
    {
        var query = Single("MATCH (n:Person) WHERE n.age > 30 RETURN n.name");
        Assert.Equal(2, query.Clauses.Count);
        var match = Assert.IsType<MatchClause>(query.Clauses[0]);
        Assert.False(match.Optional);
        Assert.NotNull(match.Where);
        var ret = Assert.IsType<ReturnClause>(query.Clauses[1]);
        Assert.Equal("n.name", ret.Projection.Items[0].Name);
    }

    [Fact]
    public void OptionalMatch()
    {
        var match = Clause<MatchClause>("MATCH (a) OPTIONAL MATCH (a)-->(b) RETURN b", 1);
        Assert.True(match.Optional);
        Assert.Equal(new SourcePosition(10, 1, 11), match.Position);
    }

    [Fact]
    public void KeywordsAreCaseInsensitive()
    {
        var query = Single("match (n) where n.x = 1 return distinct n order by n.x desc skip 1 limit 2");
        var projection = Assert.IsType<ReturnClause>(query.Clauses[1]).Projection;
        Assert.True(projection.Distinct);
        Assert.True(projection.OrderBy[0].Descending);
        Assert.Equal(1L, Value(projection.Skip!));
        Assert.Equal(2L, Value(projection.Limit!));
    }

    [Fact]
    public void ReturnItemTextIsTheSourceTextAndAliasWins()
    {
        var items = Clause<ReturnClause>("RETURN  n.name ,  1 +   2 AS three, count( * )").Projection.Items;
        Assert.Equal("n.name", items[0].Name);
        Assert.Null(items[0].Alias);
        Assert.Equal("three", items[1].Name);
        Assert.Equal("1 +   2", items[1].Text);
        Assert.Equal("count( * )", items[2].Name);
    }

    [Fact]
    public void ReturnStarWithExtraItems()
    {
        var projection = Clause<ReturnClause>("MATCH (n) RETURN *, n.x AS x", 1).Projection;
        Assert.True(projection.IncludeExisting);
        Assert.Equal("x", Assert.Single(projection.Items).Name);
    }

    [Theory]
    [InlineData("ASC", false)]
    [InlineData("ASCENDING", false)]
    [InlineData("DESC", true)]
    [InlineData("DESCENDING", true)]
    [InlineData("", false)]
    public void OrderDirections(string keyword, bool descending)
    {
        var projection = Clause<ReturnClause>($"MATCH (n) RETURN n ORDER BY n.a {keyword}, n.b", 1).Projection;
        Assert.Equal(2, projection.OrderBy.Count);
        Assert.Equal(descending, projection.OrderBy[0].Descending);
        Assert.False(projection.OrderBy[1].Descending);
    }

    [Fact]
    public void OffsetIsSkip()
    {
        var projection = Clause<ReturnClause>("RETURN 1 OFFSET 5 LIMIT 3").Projection;
        Assert.Equal(5L, Value(projection.Skip!));
        Assert.Equal(3L, Value(projection.Limit!));
    }

    [Fact]
    public void WithDistinctOrderSkipLimitWhere()
    {
        var with = Clause<WithClause>("MATCH (n) WITH DISTINCT n.x AS x ORDER BY x SKIP 1 LIMIT 5 WHERE x > 2 RETURN x", 1);
        Assert.True(with.Projection.Distinct);
        Assert.Single(with.Projection.OrderBy);
        Assert.NotNull(with.Projection.Skip);
        Assert.NotNull(with.Projection.Limit);
        Binary(with.Where!, BinaryOperator.GreaterThan);
    }

    [Fact]
    public void Unwind()
    {
        var unwind = Clause<UnwindClause>("UNWIND [1, 2] AS x RETURN x");
        Assert.Equal("x", unwind.Variable);
        Assert.Equal(2, Assert.IsType<ListLiteral>(unwind.List).Items.Count);
    }

    [Fact]
    public void CreateWithSeveralParts()
    {
        var create = Clause<CreateClause>("CREATE (a:A {x: 1}), (b)-[:R]->(c)");
        Assert.Equal(2, create.Pattern.Parts.Count);
    }

    [Fact]
    public void MergeWithSeveralOnClausesInAnyOrder()
    {
        var merge = Clause<MergeClause>(
            "MERGE (n:P {id: 1}) ON MATCH SET n.seen = true ON CREATE SET n.created = 1, n.x = 2 ON MATCH SET n.count = 3");
        Assert.Equal(2, merge.OnCreate.Count);
        Assert.Equal(2, merge.OnMatch.Count);
        Assert.Equal("seen", Assert.IsType<SetPropertyItem>(merge.OnMatch[0]).StaticKey);
        Assert.Equal("count", Assert.IsType<SetPropertyItem>(merge.OnMatch[1]).StaticKey);
    }

    [Fact]
    public void SetItemForms()
    {
        var set = Clause<SetClause>("MATCH (n) SET n.p = 1, n[$k] = 2, n = {a: 1}, n += {b: 2}, n:Label:Other, n IS Third", 1);
        var property = Assert.IsType<SetPropertyItem>(set.Items[0]);
        Assert.Equal("n", VarName(property.Target));
        Assert.Equal("p", property.StaticKey);
        var dynamic = Assert.IsType<SetPropertyItem>(set.Items[1]);
        Assert.Null(dynamic.StaticKey);
        Assert.IsType<Parameter>(dynamic.Key);
        Assert.False(Assert.IsType<SetAllPropertiesItem>(set.Items[2]).Merge);
        Assert.True(Assert.IsType<SetAllPropertiesItem>(set.Items[3]).Merge);
        Assert.Equal(["Label", "Other"], Assert.IsType<SetLabelsItem>(set.Items[4]).Labels);
        Assert.Equal(["Third"], Assert.IsType<SetLabelsItem>(set.Items[5]).Labels);
    }

    [Fact]
    public void SetNestedPropertyTargetKeepsThePath()
    {
        var item = Assert.IsType<SetPropertyItem>(Clause<SetClause>("MATCH (n) SET (n).a = 1", 1).Items[0]);
        Assert.Equal("a", item.StaticKey);
        Assert.Equal("n", VarName(item.Target));
    }

    [Fact]
    public void SetIsTakesOneLabel()
    {
        var error = Fails("MATCH (n) SET n IS A:B");
        Assert.Contains("Rewrite the expression as `n IS A, n IS B`", error.Message);
        Fails("MATCH (n) SET n:A&B");
    }

    [Fact]
    public void RemoveItems()
    {
        var remove = Clause<RemoveClause>("MATCH (n) REMOVE n.p, n:A:B", 1);
        Assert.Equal("p", Assert.IsType<RemovePropertyItem>(remove.Items[0]).Key);
        Assert.Equal(["A", "B"], Assert.IsType<RemoveLabelsItem>(remove.Items[1]).Labels);
    }

    [Fact]
    public void DeleteAndDetachDelete()
    {
        Assert.False(Clause<DeleteClause>("MATCH (n) DELETE n", 1).Detach);
        var detach = Clause<DeleteClause>("MATCH (n), (m) DETACH DELETE n, m", 1);
        Assert.True(detach.Detach);
        Assert.Equal(2, detach.Targets.Count);
    }

    [Fact]
    public void Foreach()
    {
        var foreach_ = Clause<ForeachClause>("FOREACH (x IN [1, 2] | CREATE (:N {v: x}) SET x.y = 1)");
        Assert.Equal("x", foreach_.Variable);
        Assert.Equal(2, foreach_.Body.Count);
        Assert.IsType<CreateClause>(foreach_.Body[0]);
    }

    [Fact]
    public void UnionAndUnionAll()
    {
        var union = Assert.IsType<UnionQuery>(CypherParser.Parse("RETURN 1 AS x UNION RETURN 2 AS x UNION RETURN 3 AS x"));
        Assert.False(union.All);
        Assert.Equal(3, union.Parts.Count);
        Assert.True(Assert.IsType<UnionQuery>(CypherParser.Parse("RETURN 1 AS x UNION ALL RETURN 2 AS x")).All);
    }

    [Fact]
    public void MixingUnionAndUnionAllIsASyntaxError()
    {
        var error = Fails("RETURN 1 AS x UNION RETURN 2 AS x UNION ALL RETURN 3 AS x");
        Assert.StartsWith("Invalid combination of UNION and UNION ALL", error.Message);
        Assert.Equal(35, error.Column);
    }

    [Theory]
    [InlineData("EXPLAIN MATCH (n) RETURN n", false)]
    [InlineData("PROFILE MATCH (n) RETURN n", true)]
    public void ExplainAndProfile(string text, bool profile)
    {
        var explain = Assert.IsType<ExplainStatement>(CypherParser.Parse(text));
        Assert.Equal(profile, explain.Profile);
        Assert.IsType<SingleQuery>(explain.Inner);
    }

    [Fact]
    public void TrailingSemicolonAndCommentsAreAccepted()
    {
        var query = Single("// leading\nMATCH (n) /* inline\n comment */ RETURN n ;");
        Assert.Equal(2, query.Clauses.Count);
        Assert.Equal(2, query.Clauses[0].Position.Line);
    }
}
