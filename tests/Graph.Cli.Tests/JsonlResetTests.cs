namespace Graph.Cli.Tests;

// Locks down `reset` of the --jsonl protocol against a data directory: off by default, refused unless the
// command was started with --allow-reset, and when allowed its deletions are reported, never a false 0.
public sealed class JsonlResetTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("graph-cli-reset-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void A_request_without_reset_keeps_the_durable_graph()
    {
        using (var graph = JsonlProcess.Start("--data", _data))
        {
            graph.Send(new { id = 1, query = "CREATE (:Kept {n: 1}), (:Kept {n: 2})" });
            var kept = graph.Send(new { id = 2, query = "MATCH (n:Kept) RETURN count(n) AS c" });
            Assert.Equal(2, kept.GetProperty("rows")[0][0].GetInt32());
        }

        using var reopened = JsonlProcess.Start("--data", _data);
        var count = reopened.Send(new { id = 3, query = "MATCH (n:Kept) RETURN count(n) AS c" });
        Assert.Equal(2, count.GetProperty("rows")[0][0].GetInt32());
    }

    [Fact]
    public void Reset_true_is_refused_without_allow_reset_and_the_process_keeps_serving()
    {
        using var graph = JsonlProcess.Start("--data", _data);
        graph.Send(new { id = 1, query = "CREATE (:Kept)" });

        var refused = graph.Send(new { id = 2, reset = true, query = "MATCH (n) RETURN count(n) AS c" });

        var error = refused.GetProperty("error");
        Assert.Equal(2, refused.GetProperty("id").GetInt32());
        Assert.Equal("Neo.ClientError.Request.Invalid", error.GetProperty("code").GetString());
        Assert.Contains("--allow-reset", error.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(_data, error.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var count = graph.Send(new { id = 3, query = "MATCH (n:Kept) RETURN count(n) AS c" });
        Assert.Equal(1, count.GetProperty("rows")[0][0].GetInt32());
    }

    [Fact]
    public void An_allowed_reset_deletes_the_graph_and_reports_what_it_deleted()
    {
        using (var graph = JsonlProcess.Start("--data", _data))
        {
            graph.Send(new { id = 1, query = "CREATE (:A)-[:R]->(:B), (:C)" });
        }

        // The first request of a session resets too: opening a data directory does not empty it.
        using var allowed = JsonlProcess.Start("--data", _data, "--allow-reset");
        var reset = allowed.Send(new { id = 2, reset = true, query = "MATCH (n) RETURN count(n) AS c" });

        Assert.Equal(0, reset.GetProperty("rows")[0][0].GetInt32());
        Assert.Equal(3, reset.GetProperty("reset").GetProperty("nodesDeleted").GetInt32());
        Assert.Equal(1, reset.GetProperty("reset").GetProperty("relationshipsDeleted").GetInt32());
        Assert.Equal(0, reset.GetProperty("stats").GetProperty("nodesDeleted").GetInt32());
    }
}
