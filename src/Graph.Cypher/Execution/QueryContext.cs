using Graph.Core.Errors;
using Graph.Cypher.Functions;
using Graph.Cypher.Procedures;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution;

/// <summary>
/// Everything one statement runs against: the view (snapshot or writer), parameters, counters, the
/// statement clock, and the deadline/cancellation checked inside every loop that can run long.
/// </summary>
internal sealed class QueryContext : IFunctionContext, IProcedureContext
{
    private readonly DateTime _deadline;
    private readonly CancellationToken _cancellation;
    private long _ticks;

    public QueryContext(IGraphView view, IGraphWriter? writer, IReadOnlyDictionary<string, object?> parameters, TimeSpan timeout, CancellationToken cancellation)
    {
        Graph = view;
        Writer = writer;
        Parameters = parameters;
        _deadline = timeout <= TimeSpan.Zero || timeout == Timeout.InfiniteTimeSpan ? DateTime.MaxValue : DateTime.UtcNow + timeout;
        _cancellation = cancellation;
        StatementTime = DateTimeOffset.UtcNow;
    }

    /// <summary>
    /// A context for one worker of a parallel read: the same view, parameters, statement clock, deadline and
    /// cancellation, its own tick count and per-statement caches (the worker's thread touches only its own).
    /// </summary>
    public QueryContext ForWorker() => new(Graph, null, Parameters, _deadline, _cancellation, StatementTime) { ImportDirectory = ImportDirectory };

    private QueryContext(IGraphView view, IGraphWriter? writer, IReadOnlyDictionary<string, object?> parameters, DateTime deadline, CancellationToken cancellation, DateTimeOffset statementTime)
    {
        Graph = view;
        Writer = writer;
        Parameters = parameters;
        _deadline = deadline;
        _cancellation = cancellation;
        StatementTime = statementTime;
    }

    public IGraphView Graph { get; }

    public IGraphWriter? Writer { get; }

    public IReadOnlyDictionary<string, object?> Parameters { get; }

    public DateTimeOffset StatementTime { get; }

    public CounterSet Counters { get; } = new();

    /// <summary>Nodes a DELETE could not remove yet because relationships still touched them; retried at the end of the statement.</summary>
    public HashSet<long> PendingNodeDeletes { get; } = [];

    /// <summary>Rows produced per clause when the statement runs under PROFILE; null otherwise.</summary>
    public Dictionary<Syntax.Ast.Clause, long>? Profile { get; set; }

    /// <summary>Db hits and rows per operator when the statement runs under PROFILE (the view then counts its reads); null otherwise.</summary>
    public Profiling.ProfileStats? Stats { get; init; }

    /// <summary>The auto-commit transaction CALL { … } IN TRANSACTIONS commits its batches through; null in an explicit transaction.</summary>
    public InnerTransactions? InnerTransactions { get; init; }

    /// <summary>The directory LOAD CSV may read file:/// URLs from; null refuses LOAD CSV.</summary>
    public string? ImportDirectory { get; init; }

    /// <summary>Which operator stage of the running clause is reading; only PROFILE looks at it.</summary>
    public void EnterStage(int stage)
    {
        if (Stats is not null) Stats.Stage = stage;
    }

    /// <summary>Counts a row produced by a stage of the running clause, under PROFILE.</summary>
    public void StageRow(int stage)
    {
        if (Stats?.Clause is { } clause) Stats.Row(clause, stage);
    }

    public IGraphWriter RequireWriter() =>
        Writer ?? throw new GraphException(ErrorCodes.AccessMode, "Writing in read access mode not allowed.", ErrorPhase.Compile);

    private Dictionary<(long Node, int Key), object?>? _sharedValues;
    private readonly Stack<List<object?>[]> _columnSets = new();

    /// <summary>
    /// Scratch lists for reading a few properties of many far ends column by column (at least
    /// <paramref name="count"/> of them), kept across the statement's reads; the caller clears them and hands
    /// them back. Rented, not shared: a map built from them may run a nested read that rents its own.
    /// </summary>
    public List<object?>[] RentColumns(int count)
    {
        var set = _columnSets.Count > 0 ? _columnSets.Pop() : [];
        if (set.Length >= count) return set;
        var grown = new List<object?>[count];
        for (var i = 0; i < count; i++) grown[i] = i < set.Length ? set[i] : [];
        return grown;
    }

    public void ReturnColumns(List<object?>[] set) => _columnSets.Push(set);

    /// <summary>
    /// Property values of nodes from a small label (states, say) that a RollUpExpand meets again and again: read
    /// once per statement (at most <see cref="Planning.Logical.RollUpExpandPlan.SharedLimit"/> of them). Only a
    /// read keeps them (nothing changes while it runs); a writer gets null.
    /// </summary>
    public Dictionary<(long Node, int Key), object?>? SharedValues => Writer is null ? _sharedValues ??= [] : null;

    // Statements run synchronously on their caller's thread, so expansion buffers are kept per thread and
    // reused across statements (a short lookup would otherwise allocate them afresh every call).
    [ThreadStatic]
    private static Stack<Storage.HopBuffer>? t_hopBuffers;

    /// <summary>A buffer for one expansion; walks nest, so each depth holds its own until it is done.</summary>
    public Storage.HopBuffer RentHops() => t_hopBuffers?.TryPop(out var buffer) == true ? buffer : new Storage.HopBuffer();

    /// <summary>Back to the pool, unless it grew for a very dense node (kept only for as long as this walk needed it).</summary>
    public void ReturnHops(Storage.HopBuffer buffer)
    {
        if (buffer.Capacity > Storage.HopBuffer.PooledCapacity) return;
        var pool = t_hopBuffers ??= new Stack<Storage.HopBuffer>();
        if (pool.Count < 16) pool.Push(buffer);
    }

    /// <summary>Cheap enough to call per row or per expansion step: the clock is read every 256 calls.</summary>
    public void Tick() => Tick(1);

    /// <summary>Counts <paramref name="steps"/> at once (a batch of hops read together).</summary>
    public void Tick(int steps)
    {
        var before = _ticks;
        _ticks += steps;
        if ((before >> 8) == (_ticks >> 8)) return;
        if (_cancellation.IsCancellationRequested)
        {
            throw new GraphException(ErrorCodes.Terminated, "The transaction has been terminated.");
        }
        if (DateTime.UtcNow > _deadline)
        {
            throw new GraphException(
                ErrorCodes.TransactionTimedOut,
                "The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. The transaction has not completed within the timeout specified at its start by the client. You may want to retry with a longer timeout.");
        }
    }
}
