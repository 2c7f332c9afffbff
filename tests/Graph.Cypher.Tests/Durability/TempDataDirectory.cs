namespace Graph.Cypher.Tests.Durability;

/// <summary>A fresh data directory under the temp folder, deleted with the test.</summary>
internal sealed class TempDataDirectory : IDisposable
{
    public TempDataDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graph-durability-" + Guid.NewGuid().ToString("N"));

    public string[] Segments() => Directory.GetFiles(Path, "wal-*.log").Order(StringComparer.Ordinal).ToArray();

    public string[] Snapshots() => Directory.GetFiles(Path, "snapshot-*.snap").Order(StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a killed writer may still be releasing its files
        }
    }
}
