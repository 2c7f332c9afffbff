namespace Graph.Cypher.Storage.Durability;

/// <summary>The few operations the write-ahead log needs from a segment file (a seam for fault injection).</summary>
internal interface ILogFile : IDisposable
{
    string Path { get; }

    long Length { get; }

    /// <summary>Writes the bytes at the end of the file.</summary>
    void Append(ReadOnlySpan<byte> bytes);

    /// <summary>Makes everything written so far durable (fsync).</summary>
    void Sync();

    /// <summary>Cuts the file back to the length, durably; the next append continues there.</summary>
    void Truncate(long length);
}
