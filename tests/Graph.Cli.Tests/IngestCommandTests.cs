using Graph.Core.Store;
using Graph.Cypher;
using Graph.TestSupport;

namespace Graph.Cli.Tests;

// Locks down `graph ingest` through the built command: several files at once into a data directory, one result line
// per file when output is redirected, the same text again changing nothing, and clear refusals.
public sealed class IngestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("graph-cli-ingest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Ingests_several_files_and_a_second_run_changes_nothing()
    {
        var data = Path.Combine(_dir, "data");
        var markdown = Write("baku.md", "# Talks in Baku\n\nThe **Ministry of Transport** hosted talks. Delegations met in Baku.");
        var text = Write("astana.txt", "Officials met in Astana. The Caspian Connectivity Forum opened.");

        var (code, output, error) = GraphCli.Run("ingest", markdown, text, "--published", "2024-05-02", "--source", "Wire", "--data", data);

        Assert.True(code == 0, error);
        Assert.Contains("baku.md: document 2024-05-02-talks-in-baku, 3 sentences", output);
        Assert.Contains("astana.txt: document 2024-05-02-astana, 2 sentences", output);
        var again = GraphCli.Run("ingest", markdown, "--data", data);
        Assert.Contains("baku.md: unchanged (the same text is document 2024-05-02-talks-in-baku)", again.Output);

        using var database = new EmbeddedGraphDatabase(new EmbeddedGraphOptions { DataDirectory = data });
        var row = (await database.RunAsync("MATCH (d:Document {id: '2024-05-02-talks-in-baku'}) RETURN d.text AS text, d.title AS title, d.source AS source, toString(d.publishedAt) AS date", mode: AccessMode.Read)).Records.Single();
        Assert.Equal(("Talks in Baku\n\nThe Ministry of Transport hosted talks. Delegations met in Baku.", "Talks in Baku", "Wire", "2024-05-02"),
            ((string)row["text"]!, (string)row["title"]!, (string)row["source"]!, (string)row["date"]!));
        Assert.Equal(2L, (await database.RunAsync("MATCH (d:Document) RETURN count(d) AS n", mode: AccessMode.Read)).Records[0]["n"]);
        Assert.Contains("Ministry of Transport", (await database.RunAsync("MATCH (c:Candidate) RETURN collect(c.text) AS t", mode: AccessMode.Read)).Records[0]["t"] as IEnumerable<object?> ?? []);
    }

    [Fact]
    public void Bad_flags_and_missing_files_are_refused_clearly()
    {
        Assert.Equal(2, GraphCli.Run("ingest").Code);
        var date = GraphCli.Run("ingest", Write("a.txt", "Text."), "--published", "12/04/2023");
        Assert.Equal(2, date.Code);
        Assert.Contains("--published takes a date as YYYY-MM-DD", date.Error);

        var missing = GraphCli.Run("ingest", Path.Combine(_dir, "nope.txt"));
        Assert.Equal(1, missing.Code);
        Assert.Contains("nope.txt: not ingested", missing.Error);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
