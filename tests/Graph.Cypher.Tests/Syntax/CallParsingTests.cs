using Graph.Cypher.Syntax.Ast;
using static Graph.Cypher.Tests.Syntax.ParseHelpers;

namespace Graph.Cypher.Tests.Syntax;

// Locks down CALL: subquery scope forms, OPTIONAL CALL, IN TRANSACTIONS, and procedure calls with YIELD.
public sealed class CallParsingTests
{
    [Fact]
    public void SubqueryWithImportingWith()
    {
        var call = Clause<SubqueryCallClause>("MATCH (n) CALL { WITH n MATCH (n)-->(m) RETURN count(m) AS c } RETURN n, c", 1);
        Assert.Null(call.ScopeVariables);
        Assert.False(call.ScopeAll);
        Assert.False(call.Optional);
        var body = Assert.IsType<SingleQuery>(call.Body);
        Assert.IsType<WithClause>(body.Clauses[0]);
    }

    [Fact]
    public void ScopeClauseWithVariables()
    {
        var call = Clause<SubqueryCallClause>("MATCH (a), (b) CALL (a, b) { RETURN a.x + b.x AS s } RETURN s", 1);
        Assert.Equal(["a", "b"], call.ScopeVariables!);
        Assert.False(call.ScopeAll);
    }

    [Fact]
    public void ScopeClauseStarAndEmpty()
    {
        var all = Clause<SubqueryCallClause>("MATCH (a) CALL (*) { RETURN a.x AS s } RETURN s", 1);
        Assert.True(all.ScopeAll);
        var none = Clause<SubqueryCallClause>("CALL () { CREATE (:X) } RETURN 1");
        Assert.NotNull(none.ScopeVariables);
        Assert.Empty(none.ScopeVariables!);
        Assert.False(none.ScopeAll);
    }

    [Fact]
    public void OptionalCall()
    {
        var call = Clause<SubqueryCallClause>("MATCH (a) OPTIONAL CALL (a) { MATCH (a)-->(b) RETURN b } RETURN b", 1);
        Assert.True(call.Optional);
    }

    [Fact]
    public void OptionalProcedureCall()
    {
        var call = Clause<ProcedureCallClause>("OPTIONAL CALL db.labels() YIELD label RETURN label");
        Assert.True(call.Optional);
        Assert.False(Clause<ProcedureCallClause>("CALL db.labels() YIELD label RETURN label").Optional);
    }

    [Fact]
    public void SubqueryBodyMayBeAUnion()
    {
        var call = Clause<SubqueryCallClause>("CALL { RETURN 1 AS x UNION RETURN 2 AS x } RETURN x");
        Assert.Equal(2, Assert.IsType<UnionQuery>(call.Body).Parts.Count);
    }

    [Fact]
    public void InTransactionsWithAndWithoutBatchSize()
    {
        var plain = Clause<SubqueryCallClause>("UNWIND [1] AS i CALL (i) { CREATE (:N {i: i}) } IN TRANSACTIONS", 1);
        Assert.True(plain.InTransactions);
        Assert.Null(plain.BatchSize);
        var batched = Clause<SubqueryCallClause>("UNWIND [1] AS i CALL { WITH i CREATE (:N {i: i}) } IN TRANSACTIONS OF 500 ROWS", 1);
        Assert.True(batched.InTransactions);
        Assert.Equal(500L, Value(batched.BatchSize!));
    }

    [Fact]
    public void InTransactionsOptionsComeInAnyOrder()
    {
        var tx = Clause<SubqueryCallClause>("UNWIND [1] AS i CALL (i) { CREATE (:N) } IN 4 CONCURRENT TRANSACTIONS REPORT STATUS AS s ON ERROR BREAK OF 2 ROWS RETURN s", 1).Transactions!;
        Assert.True(tx.Concurrent);
        Assert.Equal(4L, Value(tx.Concurrency!));
        Assert.Equal(2L, Value(tx.BatchSize!));
        Assert.Equal(OnErrorBehaviour.Break, tx.OnError);
        Assert.Equal("s", tx.ReportStatus);
        var plain = Clause<SubqueryCallClause>("UNWIND [1] AS i CALL (i) { CREATE (:N) } IN CONCURRENT TRANSACTIONS", 1).Transactions!;
        Assert.True(plain.Concurrent);
        Assert.Null(plain.Concurrency);
        Assert.Equal(OnErrorBehaviour.Fail, plain.OnError);
    }

    [Fact]
    public void ProcedureWithYieldAliasAndWhere()
    {
        var call = Clause<ProcedureCallClause>("CALL db.index.fulltext.queryNodes('idx', $q) YIELD node AS n, score WHERE score > 1 RETURN n");
        Assert.Equal("db.index.fulltext.queryNodes", call.Name);
        Assert.Equal(2, call.Arguments!.Count);
        Assert.Equal("n", call.Yield![0].Name);
        Assert.Equal("node", call.Yield[0].Field);
        Assert.Equal("score", call.Yield[1].Name);
        Assert.NotNull(call.Where);
    }

    [Fact]
    public void StandaloneProcedureCalls()
    {
        var withParens = Clause<ProcedureCallClause>("CALL db.labels()");
        Assert.Empty(withParens.Arguments!);
        Assert.Null(withParens.Yield);
        Assert.False(withParens.YieldStar);
        var implicitArguments = Clause<ProcedureCallClause>("CALL db.labels");
        Assert.Null(implicitArguments.Arguments);
        Assert.True(Clause<ProcedureCallClause>("CALL db.labels() YIELD *").YieldStar);
    }

    [Fact]
    public void UnsupportedTransactionModesAreSyntaxErrors()
    {
        Fails("CALL { CREATE (:N) } IN TRANSACTIONS ON ERROR RETRY");
        Fails("CALL { CREATE (:N) } IN TRANSACTIONS ON ERROR IGNORE");
        Fails("CALL { CREATE (:N) } IN TRANSACTIONS OF 10");
        Fails("CALL { CREATE (:N) } IN 2 TRANSACTIONS");
    }
}
