using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution;

/// <summary>
/// An auto-commit statement's hold on its transaction, through which CALL { … } IN TRANSACTIONS commits each
/// batch as an inner transaction. Explicit transactions have none (Neo4j refuses IN TRANSACTIONS there).
/// A statement that only reads runs on a snapshot and has nothing to commit.
/// </summary>
internal sealed class InnerTransactions
{
    private readonly IWriteTransaction? _writer;
    private readonly Func<long> _nextId;

    /// <param name="writer">The statement's writer, or null for a statement that only reads.</param>
    /// <param name="nextId">Hands out inner transaction numbers, unique for the database.</param>
    public InnerTransactions(IWriteTransaction? writer, Func<long> nextId)
    {
        _writer = writer;
        _nextId = nextId;
    }

    /// <summary>Starts an inner transaction: its id as Neo4j prints it, and a savepoint to roll it back to.</summary>
    public (string Id, int? Savepoint) Begin() => ($"neo4j-transaction-{_nextId()}", _writer?.Savepoint());

    /// <summary>Commits the inner transaction: logged and visible to every reader from now on.</summary>
    public void Commit()
    {
        _writer?.CommitAndContinue();
    }

    /// <summary>Undoes the inner transaction that failed; committed ones stay.</summary>
    public void Rollback(int? savepoint)
    {
        if (savepoint is { } s) _writer?.RollbackTo(s);
    }
}
