using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution.Profiling;

/// <summary>
/// PROFILE's counters: db hits and rows per operator, where an operator is a clause plus a stage within
/// it (see <see cref="Planning.Stages"/>). The running code says where it is by setting <see cref="Clause"/> and
/// <see cref="Stage"/>; every store read then lands on that slot, so hits are exclusive per operator.
/// </summary>
internal sealed class ProfileStats
{
    private readonly Dictionary<(Clause, int), long> _hits = [];
    private readonly Dictionary<(Clause, int), long> _rows = [];
    private readonly Dictionary<object, (long Rows, long Hits)> _operators = new(ReferenceEqualityComparer.Instance);

    /// <summary>The planned operator being pulled (a planned statement's reads land on it); null on the interpreter.</summary>
    public object? Operator { get; set; }

    /// <summary>The clause whose operator is running; null outside every clause (result export).</summary>
    public Clause? Clause { get; set; }

    public int Stage { get; set; }

    /// <summary>Store reads made outside any clause: the export of result values (ProduceResults).</summary>
    public long UnattributedHits { get; private set; }

    /// <summary>Forgets reads made while planning (counts and schema the planner consulted): they are not the query's.</summary>
    public void ForgetPlanningHits() => UnattributedHits = 0;

    public void Hit(long count = 1)
    {
        if (Operator is not null)
        {
            var (rows, hits) = _operators.GetValueOrDefault(Operator);
            _operators[Operator] = (rows, hits + count);
        }
        else if (Clause is null) UnattributedHits += count;
        else _hits[(Clause, Stage)] = _hits.GetValueOrDefault((Clause, Stage)) + count;
    }

    public void Row(Clause clause, int stage) => _rows[(clause, stage)] = _rows.GetValueOrDefault((clause, stage)) + 1;

    public long Hits(Clause clause, int stage) => _hits.GetValueOrDefault((clause, stage));

    public long? Rows(Clause clause, int stage) => _rows.TryGetValue((clause, stage), out var n) ? n : null;

    /// <summary>A row a planned operator produced.</summary>
    private readonly Dictionary<object, long> _ticks = new(ReferenceEqualityComparer.Instance);

    public void OperatorRow(object op)
    {
        var (rows, hits) = _operators.GetValueOrDefault(op);
        _operators[op] = (rows + 1, hits);
    }

    public (long Rows, long Hits) OfOperator(object op) => _operators.GetValueOrDefault(op);

    /// <summary>Time spent inside a planned operator's pulls, its children's pulls included (Stopwatch ticks).</summary>
    public void OperatorTime(object op, long ticks) => _ticks[op] = _ticks.GetValueOrDefault(op) + ticks;

    public long InclusiveTicks(object op) => _ticks.GetValueOrDefault(op);
}
