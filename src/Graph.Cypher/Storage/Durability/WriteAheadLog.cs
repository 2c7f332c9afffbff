using Graph.Cypher.Storage;
namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// The appender: each committed change set becomes one record, written and fsynced before the
/// commit is published. Called only under the store's writer lock, so appends never interleave.
/// A failed write (a full disk) refuses that commit and cuts the partial record off; the next append
/// first makes sure the cut held, then tries again, so the store recovers on its own when space returns.
/// </summary>
internal sealed class WriteAheadLog : IDisposable
{
    private readonly string _directory;
    private readonly DurabilityOptions _options;
    private readonly MemoryStream _buffer = new();
    private ILogFile _segment;
    private long _validLength;

    private WriteAheadLog(string directory, DurabilityOptions options, ILogFile segment, long lastLsn)
    {
        _directory = directory;
        _options = options;
        _segment = segment;
        _validLength = segment.Length;
        LastLsn = lastLsn;
    }

    /// <summary>The lsn of the last appended record (0 for an empty store).</summary>
    public long LastLsn { get; private set; }

    /// <summary>Bytes in the current segment.</summary>
    public long SegmentLength => _validLength;

    /// <summary>Why the last append failed, until an append succeeds again.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>Continues an existing segment, cut back to its last whole record.</summary>
    public static WriteAheadLog Continue(string directory, DurabilityOptions options, string segmentPath, long validLength, long lastLsn)
    {
        var segment = options.Open(segmentPath);
        if (segment.Length != validLength)
        {
            segment.Truncate(validLength);
        }

        return new WriteAheadLog(directory, options, segment, lastLsn);
    }

    /// <summary>Starts the log with a new segment whose first record will be lastLsn + 1.</summary>
    public static WriteAheadLog Start(string directory, DurabilityOptions options, long lastLsn) =>
        new(directory, options, CreateSegment(directory, options, lastLsn + 1), lastLsn);

    public void Append(ChangeSet changes)
    {
        var lsn = LastLsn + 1;
        LogFormat.WriteRecord(_buffer, lsn, changes.Changes);
        var recovering = Failure;
        try
        {
            if (recovering is not null)
            {
                _segment.Truncate(_validLength); // the failed write may have left part of a record behind
            }

            _segment.Append(_buffer.GetBuffer().AsSpan(0, (int)_buffer.Length));
            _segment.Sync();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(e);
            throw DurabilityErrors.LogFailed(e);
        }

        _validLength += _buffer.Length;
        LastLsn = lsn;
        Failure = null;
        if (recovering is not null)
        {
            _options.Warn(new StorageWarning($"Writing to the write-ahead log works again ({_segment.Path}); commits are accepted.", _segment.Path));
        }
    }

    /// <summary>Closes the current segment and starts the next one (first record LastLsn + 1); the caller holds the writer lock.</summary>
    public void Rotate()
    {
        // A segment that is no longer last must end on a whole record, or reopening would call it damage.
        if (Failure is not null)
        {
            _segment.Truncate(_validLength);
        }

        var next = CreateSegment(_directory, _options, LastLsn + 1);
        _segment.Dispose();
        _segment = next;
        _validLength = next.Length;
    }

    public void Dispose()
    {
        try
        {
            if (Failure is not null)
            {
                _segment.Truncate(_validLength);
            }
            else
            {
                _segment.Sync();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reopening cuts a partial last record off (and says so); every acknowledged record was synced.
        }

        _segment.Dispose();
    }

    // The commit is refused; cut the partial record off now when the file system lets us (Append retries the cut).
    private void Fail(Exception e)
    {
        Failure = e;
        var written = _segment.Length - _validLength;
        try
        {
            _segment.Truncate(_validLength);
        }
        catch (Exception again) when (again is IOException or UnauthorizedAccessException)
        {
            // still failing: the next append tries the cut again before it writes
        }

        _options.Warn(new StorageWarning(
            $"Could not write to the write-ahead log ({FileErrors.Reason(e)}); the transaction was refused and the next write will try again.",
            _segment.Path,
            _validLength,
            Math.Max(0, written)));
    }

    private static ILogFile CreateSegment(string directory, DurabilityOptions options, long firstLsn)
    {
        var path = DataDirectory.SegmentPath(directory, firstLsn);
        DataDirectory.WriteAtomically(path, stream => stream.Write(LogFormat.Header(firstLsn)));
        DataDirectory.WriteHead(directory, firstLsn);
        return options.Open(path);
    }
}
