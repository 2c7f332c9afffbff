using Graph.Core.Store;
using Graph.Cypher;
using Graph.TestSupport;

namespace Graph.Cli.Tests;

// Locks down `graph import` end to end through the built command: neo4j-admin style flags, the schema
// script run first, the data directory left importable by the engine, and clear refusals.
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("graph-cli-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Imports_csv_groups_into_a_data_directory_the_engine_then_opens()
    {
        var schema = Write("schema.cypher", "CREATE CONSTRAINT state_id IF NOT EXISTS FOR (s:State) REQUIRE s.id IS UNIQUE;");
        var states = Write("states.csv", "id:ID(State),name,population:int", "kz,Kazakhstan,20000000", "bh,Bahrain,1500000");
        var leaders = Write("leaders.csv", "id:ID(Leader),name", "l1,Tokayev");
        var leads = Write("leads.csv", ":START_ID(Leader),:END_ID(State),since:int", "l1,kz,2019");
        var data = System.IO.Path.Combine(_dir, "data");

        var (code, output, error) = Run("import", "--data", data, "--schema", schema,
            "--nodes=State=" + states, "--nodes", "Leader:Person=" + leaders, "--relationships=LEADS=" + leads);

        Assert.True(code == 0, error);
        Assert.Contains("imported 3 nodes, 1 relationships, 9 properties", output);
        // Progress goes to stderr, as plain lines when it is not a terminal; the last says all was read.
        Assert.Matches(@"import: 100% [\d.]+ [KMG]?B of [\d.]+ [KMG]?B, 3 nodes, 1 relationships, ", error);
        using var db = new EmbeddedGraphDatabase(new EmbeddedGraphOptions { DataDirectory = data });
        var row = (await db.RunAsync("MATCH (l:Leader:Person)-[r:LEADS]->(s:State {id: 'kz'}) RETURN l.name AS l, r.since AS since, s.population AS p", mode: AccessMode.Read)).Records.Single();
        Assert.Equal(("Tokayev", 2019L, 20_000_000L), ((string)row["l"]!, (long)row["since"]!, (long)row["p"]!));
        Assert.Single((await db.RunAsync("SHOW CONSTRAINTS")).Records);
    }

    [Fact]
    public void A_second_import_into_the_same_directory_is_refused_and_changes_nothing()
    {
        var states = Write("states.csv", "id:ID,name", "kz,Kazakhstan");
        var data = System.IO.Path.Combine(_dir, "data");
        Assert.Equal(0, Run("import", "--data", data, "--nodes", "State=" + states).Code);

        var (code, _, error) = Run("import", "--data", data, "--nodes", "State=" + states);

        Assert.Equal(1, code);
        Assert.Contains("needs an empty database", error);
        Assert.Contains("holds 1 node(s)", error);
    }

    [Theory]
    [InlineData("--nodes", "x.csv", "needs --data")]
    [InlineData("--data", "DIR", "at least one --nodes or --relationships")]
    [InlineData("--neo4j", "http://localhost:7474", "neo4j-admin database import")]
    public void Missing_or_wrong_flags_are_explained(string flag, string value, string expected)
    {
        var (code, _, error) = Run("import", flag, value == "DIR" ? System.IO.Path.Combine(_dir, "d") : value);

        Assert.Equal(2, code);
        Assert.Contains(expected, error);
    }

    private string Write(string name, params string[] lines)
    {
        var path = System.IO.Path.Combine(_dir, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => GraphCli.Run(args);
}
