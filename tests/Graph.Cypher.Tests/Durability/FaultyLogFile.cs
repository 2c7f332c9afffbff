using Graph.Cypher.Storage.Durability;

namespace Graph.Cypher.Tests.Durability;

/// <summary>
/// A log segment whose disk can be made "full": while <see cref="DiskFull"/> is set an append writes
/// half its bytes (as a real full disk may) and then fails with ENOSPC, and so does a sync.
/// </summary>
internal sealed class FaultyLogFile(ILogFile inner) : ILogFile
{
    private const int ENoSpace = 28;

    public bool DiskFull { get; set; }

    public int FailedAppends { get; private set; }

    public string Path => inner.Path;

    public long Length => inner.Length;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (!DiskFull)
        {
            inner.Append(bytes);
            return;
        }

        FailedAppends++;
        inner.Append(bytes[..(bytes.Length / 2)]);
        throw new IOException("No space left on device", ENoSpace);
    }

    public void Sync()
    {
        if (DiskFull)
        {
            throw new IOException("No space left on device", ENoSpace);
        }

        inner.Sync();
    }

    public void Truncate(long length) => inner.Truncate(length);

    public void Dispose() => inner.Dispose();
}
