using Graph.TestSupport;
namespace Graph.Cli.Tests;

// Locks down that `graph` says on stderr what the data directory dropped when it opened (a damaged last log record).
public sealed class DataDirectoryWarningTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("graph-cli-warn-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_dropped_damaged_last_log_record_is_a_warning_on_stderr()
    {
        var data = Path.Combine(_dir, "data");
        var create = Path.Combine(_dir, "create.cypher");
        File.WriteAllText(create, "CREATE (:Kept);\nCREATE (:Torn {text: 'the last record, cut short'});");
        Assert.Equal(0, GraphCli.Run("cypher", "--data", data, "--file", create).Code);
        var segment = Directory.GetFiles(data, "wal-*.log").Single();
        using (var file = File.OpenWrite(segment)) file.SetLength(file.Length - 5);

        var count = Path.Combine(_dir, "count.cypher");
        File.WriteAllText(count, "MATCH (n) RETURN count(n) AS nodes;");
        var (code, output, error) = GraphCli.Run("cypher", "--data", data, "--file", count);

        Assert.Equal(0, code);
        Assert.Contains("graph: warning: Dropped a damaged or unfinished last log record: " + Path.GetFileName(segment), error, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", output, StringComparison.Ordinal);
    }
}
