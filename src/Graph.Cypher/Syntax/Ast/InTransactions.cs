namespace Graph.Cypher.Syntax.Ast;

/// <summary>What an inner transaction of CALL { … } IN TRANSACTIONS does when it fails (Cypher manual, "Error behavior").</summary>
public enum OnErrorBehaviour
{
    /// <summary>The default: the failed batch is rolled back and the statement fails (earlier batches stay committed).</summary>
    Fail,

    /// <summary>The failed batch is rolled back, its rows get nulls, and the next batches still run.</summary>
    Continue,

    /// <summary>The failed batch is rolled back and no later batch runs; their rows get nulls.</summary>
    Break,
}

/// <summary>
/// The IN [n] [CONCURRENT] TRANSACTIONS [OF n ROWS] [ON ERROR …] [REPORT STATUS AS s] tail of a CALL subquery.
/// BatchSize is null for the default of 1000 rows; Concurrency is the optional n of IN n CONCURRENT.
/// </summary>
public sealed record InTransactions(
    SourcePosition Position,
    Expression? BatchSize,
    bool Concurrent,
    Expression? Concurrency,
    OnErrorBehaviour OnError,
    bool OnErrorGiven,
    string? ReportStatus) : SyntaxNode(Position)
{
    /// <summary>Neo4j's default batch: 1000 input rows per inner transaction.</summary>
    public const long DefaultBatchSize = 1000;
}
