namespace Graph.Cypher.Execution.Operators.Parallel;

/// <summary>
/// The node ids of one parallel scan, handed out in consecutive morsels (numbered in scan order) to whichever
/// worker asks next: a fast worker simply takes more of them. One lock per morsel, not per row.
/// </summary>
internal sealed class ScanMorsels : IDisposable
{
    /// <summary>Ids per morsel: big enough that taking one costs nothing next to its rows, small enough to balance two cores.</summary>
    public const int Size = 1024;

    private readonly IEnumerator<long> _ids;
    private readonly Lock _gate = new();
    private int _next;
    private bool _done;
    private volatile bool _stopped;

    public ScanMorsels(IEnumerable<long> ids) => _ids = ids.GetEnumerator();

    /// <summary>Fills <paramref name="into"/> with the next morsel; false once the scan is read (or stopped).</summary>
    public bool TryTake(long[] into, out int count, out int index)
    {
        count = 0;
        index = -1;
        if (_stopped) return false;
        lock (_gate)
        {
            if (_done) return false;
            while (count < into.Length && _ids.MoveNext()) into[count++] = _ids.Current;
            if (count < into.Length) _done = true;
            if (count == 0) return false;
            index = _next++;
            return true;
        }
    }

    /// <summary>A worker failed: the others take no further morsel.</summary>
    public void Stop() => _stopped = true;

    public void Dispose()
    {
        lock (_gate) _ids.Dispose();
    }
}

/// <summary>One worker's side of a parallel scan: the morsel it is reading and its number, which orders groups as a serial scan would.</summary>
internal sealed class WorkerMorsels(ScanMorsels source)
{
    private readonly long[] _ids = new long[ScanMorsels.Size];

    public int Index { get; private set; } = -1;

    public int Count { get; private set; }

    public ReadOnlySpan<long> Ids => _ids.AsSpan(0, Count);

    public long this[int i] => _ids[i];

    public bool Next()
    {
        var taken = source.TryTake(_ids, out var count, out var index);
        Count = count;
        Index = index;
        return taken;
    }
}
