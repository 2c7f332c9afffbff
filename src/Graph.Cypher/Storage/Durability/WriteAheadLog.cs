namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// The appender: each committed change set becomes one record, written and fsynced before the
/// commit is published. Called only under the store's writer lock, so appends never interleave.
/// After a failed write the log refuses further appends (its tail may hold a partial record).
/// </summary>
internal sealed class WriteAheadLog : IDisposable
{
    private readonly string _directory;
    private readonly MemoryStream _buffer = new();
    private FileStream _segment;
    private Exception? _failure;

    private WriteAheadLog(string directory, FileStream segment, long lastLsn)
    {
        _directory = directory;
        _segment = segment;
        LastLsn = lastLsn;
    }

    /// <summary>The lsn of the last appended record (0 for an empty store).</summary>
    public long LastLsn { get; private set; }

    /// <summary>Bytes in the current segment.</summary>
    public long SegmentLength => _segment.Length;

    /// <summary>Continues an existing segment, cut back to its last whole record.</summary>
    public static WriteAheadLog Continue(string directory, string segmentPath, long validLength, long lastLsn)
    {
        var stream = new FileStream(segmentPath, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, 1);
        if (stream.Length != validLength)
        {
            stream.SetLength(validLength);
            stream.Flush(flushToDisk: true);
        }

        stream.Position = validLength;
        return new WriteAheadLog(directory, stream, lastLsn);
    }

    /// <summary>Starts the log with a new segment whose first record will be lastLsn + 1.</summary>
    public static WriteAheadLog Start(string directory, long lastLsn) => new(directory, CreateSegment(directory, lastLsn + 1), lastLsn);

    public void Append(ChangeSet changes)
    {
        if (_failure is not null)
        {
            throw DurabilityErrors.LogFailed(_failure);
        }

        var lsn = LastLsn + 1;
        LogFormat.WriteRecord(_buffer, lsn, changes.Changes);
        try
        {
            _segment.Write(_buffer.GetBuffer(), 0, (int)_buffer.Length);
            _segment.Flush(flushToDisk: true);
        }
        catch (IOException e)
        {
            _failure = e;
            throw DurabilityErrors.LogFailed(e);
        }

        LastLsn = lsn;
    }

    /// <summary>Closes the current segment and starts the next one (first record LastLsn + 1); the caller holds the writer lock.</summary>
    public void Rotate()
    {
        var next = CreateSegment(_directory, LastLsn + 1);
        _segment.Dispose();
        _segment = next;
    }

    public void Dispose()
    {
        if (_failure is null)
        {
            _segment.Flush(flushToDisk: true);
        }

        _segment.Dispose();
    }

    private static FileStream CreateSegment(string directory, long firstLsn)
    {
        var path = DataDirectory.SegmentPath(directory, firstLsn);
        DataDirectory.WriteAtomically(path, stream => stream.Write(LogFormat.Header(firstLsn)));
        var segment = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, 1);
        segment.Position = segment.Length;
        return segment;
    }
}
