using Graph.Cypher;
using Graph.TestSupport;

namespace Graph.Cli.Tests;

// Locks down what `graph cypher` says when another process (the service) holds the data directory: how to go
// through the running service instead, not a bare lock error.
public sealed class LockedDataDirectoryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("graph-cli-locked-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_directory_held_by_another_process_is_refused_with_the_url_alternative()
    {
        var data = Path.Combine(_dir, "data");
        using var holder = new EmbeddedGraphDatabase(new EmbeddedGraphOptions { DataDirectory = data });

        var (code, output, error) = GraphCli.RunWithInput("MATCH (n) RETURN count(n);", "cypher", "--data", data);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"the data directory {data} is in use by another process", error, StringComparison.Ordinal);
        Assert.Contains("graph cypher --url http://localhost:5000", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Url_with_a_data_directory_is_refused_as_contradictory()
    {
        var (code, _, error) = GraphCli.RunWithInput("RETURN 1;", "cypher", "--url", "http://localhost:5000", "--data", Path.Combine(_dir, "d"));

        Assert.Equal(2, code);
        Assert.Contains("give one or the other", error, StringComparison.Ordinal);
    }
}
