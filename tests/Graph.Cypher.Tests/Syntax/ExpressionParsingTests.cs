using Graph.Cypher.Syntax.Ast;
using static Graph.Cypher.Tests.Syntax.ParseHelpers;

namespace Graph.Cypher.Tests.Syntax;

// Locks down the shape of every expression family: access, collections, comprehensions, CASE, quantifiers, subqueries.
public sealed class ExpressionParsingTests
{
    [Fact]
    public void ParametersByNameAndNumber()
    {
        Assert.Equal("name", Expr<Parameter>("$name").Name);
        Assert.Equal("0", Expr<Parameter>("$0").Name);
        Assert.Equal("odd name", Expr<Parameter>("$`odd name`").Name);
    }

    [Fact]
    public void PropertyAndDynamicAccess()
    {
        var outer = Expr<PropertyAccess>("a.b.c");
        Assert.Equal("c", outer.Key);
        Assert.Equal("b", Assert.IsType<PropertyAccess>(outer.Subject).Key);
        var dynamic = Expr<IndexAccess>("n[$key]");
        Assert.IsType<Parameter>(dynamic.Index);
    }

    [Fact]
    public void IndexingAndSlicing()
    {
        Assert.Equal(0L, Value(Expr<IndexAccess>("[1, 2][0]").Index));
        var full = Expr<SliceAccess>("l[1..-1]");
        Assert.Equal(1L, Value(full.From!));
        Assert.Equal(-1L, Value(full.To!));
        var head = Expr<SliceAccess>("l[..2]");
        Assert.Null(head.From);
        Assert.Equal(2L, Value(head.To!));
        var tail = Expr<SliceAccess>("l[3..]");
        Assert.Null(tail.To);
    }

    [Fact]
    public void MapsKeepSourceOrder()
    {
        var map = Expr<MapLiteral>("{z: 1, a: {nested: [1, 2]}, `k k`: null}");
        Assert.Equal(["z", "a", "k k"], map.Entries.Select(e => e.Key));
        Assert.IsType<MapLiteral>(map.Entries[1].Value);
        Assert.Empty(Expr<MapLiteral>("{}").Entries);
    }

    [Fact]
    public void MapProjectionItems()
    {
        var projection = Expr<MapProjection>("n{.name, .*, total: n.a + 1, other}");
        Assert.Equal("n", projection.Subject);
        Assert.Equal("name", Assert.IsType<PropertySelector>(projection.Items[0]).Key);
        Assert.IsType<AllPropertiesSelector>(projection.Items[1]);
        Assert.Equal("total", Assert.IsType<LiteralEntry>(projection.Items[2]).Key);
        Assert.Equal("other", Assert.IsType<VariableSelector>(projection.Items[3]).Name);
    }

    [Fact]
    public void Lists()
    {
        Assert.Empty(Expr<ListLiteral>("[]").Items);
        Assert.Equal(3, Expr<ListLiteral>("[1, 'a', [2]]").Items.Count);
    }

    [Fact]
    public void ListComprehensionForms()
    {
        var full = Expr<ListComprehension>("[x IN range(1, 10) WHERE x % 2 = 0 | x * 10]");
        Assert.Equal("x", full.Variable);
        Assert.NotNull(full.Where);
        Binary(full.Projection!, BinaryOperator.Multiply);
        var filterOnly = Expr<ListComprehension>("[x IN l WHERE x > 1]");
        Assert.Null(filterOnly.Projection);
        var mapOnly = Expr<ListComprehension>("[x IN l | x.name]");
        Assert.Null(mapOnly.Where);
        Assert.IsType<PropertyAccess>(mapOnly.Projection);
    }

    [Fact]
    public void BarAfterLabelPredicateInComprehensionStartsTheProjection()
    {
        var comprehension = Expr<ListComprehension>("[x IN nodes WHERE x:A | x.name]");
        Assert.IsType<LabelName>(Assert.IsType<LabelCheck>(comprehension.Where).Labels);
        Assert.IsType<PropertyAccess>(comprehension.Projection);
        var withOr = Expr<ListComprehension>("[x IN nodes WHERE x:A|B | x.name]");
        Assert.IsType<LabelOr>(Assert.IsType<LabelCheck>(withOr.Where).Labels);
        Assert.NotNull(withOr.Projection);
        var ambiguous = Expr<ListComprehension>("[x IN nodes WHERE x:A|B]");
        Assert.IsType<LabelName>(Assert.IsType<LabelCheck>(ambiguous.Where).Labels);
        Assert.Equal("B", VarName(ambiguous.Projection!));
        var nested = Expr<PatternComprehension>("[(a)-->(b) WHERE b:A|B | b.name]");
        Assert.IsType<LabelOr>(Assert.IsType<LabelCheck>(nested.Where).Labels);
        var typesInPredicate = Expr<PatternComprehension>("[(a)-->(b) WHERE (b)-[:X|Y]->(:C|D) | b]");
        var predicate = Assert.IsType<PatternPredicate>(typesInPredicate.Where);
        Assert.IsType<LabelOr>(predicate.Pattern.Relationships[0].Types);
        Assert.IsType<LabelOr>(predicate.Pattern.Nodes[1].Labels);
        Assert.Equal("b", VarName(typesInPredicate.Projection));
    }

    [Fact]
    public void PatternComprehension()
    {
        var comprehension = Expr<PatternComprehension>("[p = (a)-[:R]->(b:B) WHERE b.x > 1 | b.name]");
        Assert.Equal("p", comprehension.Pattern.PathVariable);
        Assert.NotNull(comprehension.Where);
        Assert.IsType<PropertyAccess>(comprehension.Projection);
        var plain = Expr<PatternComprehension>("[(a)-->(b) | b]");
        Assert.Null(plain.Pattern.PathVariable);
    }

    [Fact]
    public void GenericAndSimpleCase()
    {
        var generic = Expr<CaseExpression>("CASE WHEN x > 1 THEN 'a' WHEN x > 0 THEN 'b' ELSE 'c' END");
        Assert.Null(generic.Test);
        Assert.Equal(2, generic.Alternatives.Count);
        Assert.Equal("c", Value(generic.Else!));
        var simple = Expr<CaseExpression>("CASE n.kind WHEN 'a' THEN 1 WHEN 'b', 'c' THEN 2 END");
        Assert.NotNull(simple.Test);
        Assert.Equal(3, simple.Alternatives.Count);
        Assert.Null(simple.Else);
    }

    [Theory]
    [InlineData("all", QuantifierKind.All)]
    [InlineData("ANY", QuantifierKind.Any)]
    [InlineData("none", QuantifierKind.None)]
    [InlineData("single", QuantifierKind.Single)]
    public void Quantifiers(string word, QuantifierKind kind)
    {
        var quantifier = Expr<QuantifierExpression>($"{word}(x IN [1, 2] WHERE x > 1)");
        Assert.Equal(kind, quantifier.Kind);
        Assert.Equal("x", quantifier.Variable);
        Assert.NotNull(quantifier.Where);
    }

    [Fact]
    public void Reduce()
    {
        var reduce = Expr<ReduceExpression>("reduce(acc = 0, x IN [1, 2, 3] | acc + x)");
        Assert.Equal("acc", reduce.Accumulator);
        Assert.Equal(0L, Value(reduce.Initial));
        Assert.Equal("x", reduce.Variable);
        Binary(reduce.Expression, BinaryOperator.Add);
    }

    [Fact]
    public void FunctionCallsWithNamespacesAndDistinct()
    {
        var truncate = Expr<FunctionCall>("date.truncate('month', d)");
        Assert.Equal("date.truncate", truncate.Name);
        Assert.Equal(2, truncate.Arguments.Count);
        Assert.Equal("apoc.x.y", Expr<FunctionCall>("apoc.x.y()").Name);
        var count = Expr<FunctionCall>("count(DISTINCT n.x)");
        Assert.True(count.Distinct);
        Assert.Equal("toUpper", Expr<FunctionCall>("toUpper('a')").Name);
        Expr<CountStar>("count(*)");
        Expr<CountStar>("COUNT ( * )");
    }

    [Fact]
    public void ExistsCountCollectFullQueries()
    {
        var exists = Expr<SubqueryExpression>("EXISTS { MATCH (n)-->(m) WHERE m.x = 1 RETURN m }");
        Assert.Equal(SubqueryKind.Exists, exists.Kind);
        Assert.False(exists.ShortForm);
        var collect = Expr<SubqueryExpression>("COLLECT { MATCH (n)-->(m) RETURN m.name }");
        Assert.Equal(SubqueryKind.Collect, collect.Kind);
        var count = Expr<SubqueryExpression>("COUNT { MATCH (n)-->(m) RETURN m UNION MATCH (n)<--(m) RETURN m }");
        Assert.IsType<UnionQuery>(count.Body);
    }

    [Fact]
    public void ExistsAndCountShortForm()
    {
        var exists = Expr<SubqueryExpression>("EXISTS { (a)-[:R]->(b) WHERE b.x > 1 }");
        Assert.True(exists.ShortForm);
        var match = Assert.IsType<MatchClause>(Assert.Single(Assert.IsType<SingleQuery>(exists.Body).Clauses));
        Assert.NotNull(match.Where);
        var count = Expr<SubqueryExpression>("COUNT { (a)-->() }");
        Assert.Equal(SubqueryKind.Count, count.Kind);
        Assert.True(count.ShortForm);
    }

    [Fact]
    public void PatternPredicateInWhere()
    {
        var match = Clause<MatchClause>("MATCH (a) WHERE (a)-[:R]->(:B) AND NOT (a)<--() RETURN a");
        var and = Binary(match.Where!, BinaryOperator.And);
        var predicate = Assert.IsType<PatternPredicate>(and.Left);
        Assert.Equal(2, predicate.Pattern.Nodes.Count);
        Assert.IsType<PatternPredicate>(Assert.IsType<UnaryExpression>(and.Right).Operand);
    }

    [Fact]
    public void ParenthesisedArithmeticIsNotAPattern()
    {
        Binary(Expr("(a) - (b)"), BinaryOperator.Subtract);
        Binary(Expr("(a) < (b)"), BinaryOperator.LessThan);
    }

    [Fact]
    public void LabelPredicates()
    {
        var check = Expr<LabelCheck>("n:Person");
        Assert.Equal("n", VarName(check.Subject));
        Assert.IsType<LabelOr>(Expr<LabelCheck>("n:A|B").Labels);
        Assert.Equal("Person", Assert.IsType<LabelName>(Expr<LabelCheck>("n IS Person").Labels).Name);
        Assert.IsType<LabelAnd>(Expr<LabelCheck>("n IS A&B").Labels);
    }

    [Fact]
    public void IsWithAColonIsRejectedAsInNeo4j()
    {
        // Neo4j 5: "Invalid input ':': expected '::', 'NFC', …, 'NOT', 'NULL' or 'TYPED'".
        Assert.StartsWith("Invalid input ':'", Fails("MATCH (n) WHERE n IS :Person RETURN n").Message);
    }

    [Fact]
    public void ExtendedSimpleCaseBecomesGenericCase()
    {
        var expression = Expr<CaseExpression>("CASE n.x WHEN > 5 THEN 'big' WHEN IS NULL THEN 'none' WHEN 1, STARTS WITH 'a' THEN 'one' END");
        Assert.Null(expression.Test);
        Assert.Equal(4, expression.Alternatives.Count);
        var greater = Binary(expression.Alternatives[0].When, BinaryOperator.GreaterThan);
        Assert.IsType<PropertyAccess>(greater.Left);
        Assert.IsType<IsNullExpression>(expression.Alternatives[1].When);
        Binary(expression.Alternatives[2].When, BinaryOperator.Equal);
        Binary(expression.Alternatives[3].When, BinaryOperator.StartsWith);
    }

    [Fact]
    public void QuantifiersRequireAWherePredicate()
    {
        Assert.Contains("all(...) requires a WHERE predicate", Fails("RETURN all(x IN [1])").Message);
    }

    [Fact]
    public void SliceNeedsABound()
    {
        Assert.StartsWith("The start or end (or both) is required for a collection slice", Fails("RETURN [1, 2][..]").Message);
    }

    [Fact]
    public void NullChecksAndStringPredicates()
    {
        Assert.False(Expr<IsNullExpression>("n.x IS NULL").Negated);
        Assert.True(Expr<IsNullExpression>("n.x IS NOT NULL").Negated);
        Binary(Expr("n.x STARTS WITH 'a'"), BinaryOperator.StartsWith);
        Binary(Expr("n.x ENDS WITH 'a'"), BinaryOperator.EndsWith);
        Binary(Expr("n.x CONTAINS 'a'"), BinaryOperator.Contains);
        Binary(Expr("n.x =~ 'a.*'"), BinaryOperator.RegexMatch);
        Binary(Expr("n.x IN [1, 2]"), BinaryOperator.In);
    }

    [Fact]
    public void ShortestPathAsExpression()
    {
        var expression = Expr<ShortestPathExpression>("shortestPath((a)-[*]-(b))");
        Assert.Equal(PathSelector.ShortestPath, expression.Pattern.Selector);
    }

    [Fact]
    public void PositionsAreOneBasedLineAndColumn()
    {
        var where = Clause<MatchClause>("MATCH (n)\nWHERE  n.x = 1\nRETURN n").Where!;
        var equal = Binary(where, BinaryOperator.Equal);
        Assert.Equal(2, equal.Position.Line);
        Assert.Equal(12, equal.Position.Column);
        Assert.Equal(new SourcePosition(17, 2, 8), equal.Left.Position);
    }
}
