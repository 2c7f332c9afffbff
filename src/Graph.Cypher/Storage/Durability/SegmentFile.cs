namespace Graph.Cypher.Storage.Durability;

/// <summary>A log segment on disk, unbuffered, so a write reaches the operating system when it returns.</summary>
internal sealed class SegmentFile : ILogFile
{
    private readonly FileStream _stream;

    private SegmentFile(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    public string Path { get; }

    public long Length => _stream.Length;

    public static SegmentFile Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, 1);
        stream.Position = stream.Length;
        return new SegmentFile(stream, path);
    }

    public void Append(ReadOnlySpan<byte> bytes) => _stream.Write(bytes);

    public void Sync() => _stream.Flush(flushToDisk: true);

    public void Truncate(long length)
    {
        _stream.SetLength(length);
        _stream.Position = length;
        _stream.Flush(flushToDisk: true);
    }

    public void Dispose() => _stream.Dispose();
}
