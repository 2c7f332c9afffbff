using Graph.TestSupport;
namespace Graph.Cli.Tests;

// Locks down `graph recover`: a data directory refused for a deleted log segment is explained, left
// untouched without --accept-loss, and opens again on the last good state with it.
public sealed class RecoverCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("graph-cli-recover-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_deleted_log_segment_is_refused_then_recovered_only_with_accept_loss()
    {
        var data = Path.Combine(_dir, "data");
        Assert.Equal(0, Cypher(data, "CREATE (:Lost);").Code);
        var segment = Directory.GetFiles(data, "wal-*.log").Single();
        File.Delete(segment);

        var refused = Cypher(data, "MATCH (n) RETURN count(n);");
        Assert.Equal(1, refused.Code);
        Assert.Contains(Path.GetFileName(segment) + " is missing", refused.Error, StringComparison.Ordinal);

        var (dryCode, dryOutput, _) = GraphCli.Run("recover", "--data", data);
        Assert.Equal(1, dryCode);
        Assert.Contains("loses  " + Path.GetFileName(segment) + " is missing", dryOutput, StringComparison.Ordinal);
        Assert.Contains("nothing changed", dryOutput, StringComparison.Ordinal);
        Assert.Equal(1, Cypher(data, "MATCH (n) RETURN count(n);").Code);

        var (code, output, error) = GraphCli.Run("recover", "--data", data, "--accept-loss");
        Assert.True(code == 0, error);
        Assert.Contains("recovered: the graph as of record 0, 0 nodes, 0 relationships", output, StringComparison.Ordinal);
        var reopened = Cypher(data, "CREATE (:After) RETURN 1 AS ok;");
        Assert.True(reopened.Code == 0, reopened.Error);
    }

    [Fact]
    public void An_intact_directory_has_nothing_to_recover()
    {
        var data = Path.Combine(_dir, "data");
        Assert.Equal(0, Cypher(data, "CREATE (:Kept);").Code);

        var (code, output, _) = GraphCli.Run("recover", "--data", data);

        Assert.Equal(0, code);
        Assert.Contains("nothing to recover", output, StringComparison.Ordinal);
    }

    private (int Code, string Output, string Error) Cypher(string data, string script)
    {
        var file = Path.Combine(_dir, "script.cypher");
        File.WriteAllText(file, script);
        return GraphCli.Run("cypher", "--data", data, "--file", file);
    }
}
