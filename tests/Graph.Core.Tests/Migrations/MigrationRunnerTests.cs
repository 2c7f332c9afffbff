using Graph.Core.Errors;
using Graph.Core.Migrations;
using Graph.TestSupport;

namespace Graph.Core.Tests.Migrations;

// Locks down the migration runner: schema then seed in order, recorded by checksum, unchanged scripts skipped.
public sealed class MigrationRunnerTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-migrations-" + Guid.NewGuid().ToString("N"));

    public MigrationRunnerTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "seed"));
        File.WriteAllText(Path.Combine(_dir, "schema.cypher"), "// schema\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;\n");
        File.WriteAllText(Path.Combine(_dir, "seed", "02-b.cypher"), "MERGE (b:B {id: 'b'});\nMERGE (c:B {id: 'c'});\n");
        File.WriteAllText(Path.Combine(_dir, "seed", "01-a.cypher"), "MERGE (a:A {id: 'a;1'});\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task AppliesSchemaThenSeedFilesInNameOrder()
    {
        var db = new RecordingDatabase();
        var report = await new MigrationRunner(db).ApplyAsync(CypherDirectory.At(_dir));

        Assert.Equal(["schema.cypher", "seed/01-a.cypher", "seed/02-b.cypher"], report.Applied);
        Assert.Empty(report.Skipped);
        Assert.Equal(4, report.StatementsRun);
        Assert.Equal(
            ["CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE", "MERGE (a:A {id: 'a;1'})", "MERGE (b:B {id: 'b'})", "MERGE (c:B {id: 'c'})"],
            db.Statements);
        Assert.Equal(3, db.Migrations.Count);
    }

    [Fact]
    public async Task RestartSkipsUnchangedScriptsAndReappliesChangedOnes()
    {
        var db = new RecordingDatabase();
        await new MigrationRunner(db).ApplyAsync(CypherDirectory.At(_dir));
        db.Statements.Clear();

        var unchanged = await new MigrationRunner(db).ApplyAsync(CypherDirectory.At(_dir));
        Assert.Empty(unchanged.Applied);
        Assert.Equal(3, unchanged.Skipped.Count);
        Assert.Empty(db.Statements);

        File.WriteAllText(Path.Combine(_dir, "seed", "01-a.cypher"), "MERGE (a:A {id: 'a;2'});\n");
        var changed = await new MigrationRunner(db).ApplyAsync(CypherDirectory.At(_dir));
        Assert.Equal(["seed/01-a.cypher"], changed.Applied);
        Assert.Equal(["MERGE (a:A {id: 'a;2'})"], db.Statements);
    }

    [Fact]
    public void LineEndingsDoNotChangeTheChecksum()
    {
        Assert.Equal(new MigrationScript("x", "RETURN 1;\nRETURN 2;").Checksum, new MigrationScript("x", "RETURN 1;\r\nRETURN 2;").Checksum);
        Assert.NotEqual(new MigrationScript("x", "RETURN 1;").Checksum, new MigrationScript("x", "RETURN 2;").Checksum);
    }

    [Fact]
    public async Task RecordsAppliedAtFromTheClock()
    {
        var db = new RecordingDatabase();
        var clock = new FixedClock(new DateTimeOffset(2023, 4, 12, 9, 30, 0, TimeSpan.Zero));
        await new MigrationRunner(db, clock).ApplyAsync(CypherDirectory.At(_dir));
        Assert.Equal("2023-04-12T09:30:00.000Z", db.AppliedAt["schema.cypher"]);
    }

    [Fact]
    public async Task AFailingStatementNamesScriptAndLineAndRecordsNothingForThatScript()
    {
        var db = new RecordingDatabase { FailOn = "id: 'c'" };
        var error = await Assert.ThrowsAsync<GraphException>(() => new MigrationRunner(db).ApplyAsync(CypherDirectory.At(_dir)));
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Contains("seed/02-b.cypher", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line); // the statement starts on line 2; the engine's error is on its line 2
        Assert.False(db.Migrations.ContainsKey("seed/02-b.cypher"));
        Assert.True(db.Migrations.ContainsKey("seed/01-a.cypher"));
    }

    [Fact]
    public async Task RunsEveryStatementOfTheProjectsCypherFolder()
    {
        var directory = CypherDirectory.At(RepositoryPaths.Cypher);
        var db = new RecordingDatabase();
        var report = await new MigrationRunner(db).ApplyAsync(directory);

        Assert.Equal("schema.cypher", report.Applied[0]);
        Assert.Equal(1 + directory.SeedFiles().Count, report.Applied.Count);
        var expected = MigrationScript.From(directory).Sum(s => s.Statements.Count);
        Assert.Equal(expected, db.Statements.Count);
        Assert.StartsWith("CREATE CONSTRAINT", db.Statements[0], StringComparison.Ordinal);
    }

    [Fact]
    public void LocateWalksUpToTheCypherFolderOrUsesTheConfiguredPath()
    {
        var nested = Path.Combine(_dir, "seed");
        var root = Path.GetDirectoryName(_dir)!;
        Assert.Equal(Path.GetFullPath(RepositoryPaths.Cypher), CypherDirectory.Locate(null, Path.Combine(RepositoryPaths.Root, "src", "Graph.Core")).Root);
        Assert.Equal(Path.GetFullPath(_dir), CypherDirectory.Locate(_dir, nested).Root);
        Assert.Throws<DirectoryNotFoundException>(() => CypherDirectory.Locate(nested));
        Assert.Throws<DirectoryNotFoundException>(() => CypherDirectory.Locate(null, root));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
