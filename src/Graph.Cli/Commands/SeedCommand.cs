using Graph.Cli.Progress;
using Graph.Core.Migrations;

namespace Graph.Cli.Commands;

/// <summary>`graph seed`: applies cypher/schema.cypher and the seed scripts through the migration runner.</summary>
internal static class SeedCommand
{
    public static async Task<int> RunAsync(CliOptions options, CancellationToken cancellationToken)
    {
        CypherDirectory directory;
        try
        {
            directory = options.CypherDirectory is not null
                ? CypherDirectory.At(options.CypherDirectory)
                : FromWorkingDirectoryOrInstallation();
        }
        catch (DirectoryNotFoundException e)
        {
            await Console.Error.WriteLineAsync("graph: " + e.Message);
            return 2;
        }
        await using var database = StoreFactory.Create(options);
        Console.WriteLine($"seeding {StoreFactory.Describe(options)}");
        var progress = ProgressLine.OnStandardError("seed", ProgressLine.Count("statements"));
        var runner = new MigrationRunner(database) { Progress = (done, total) => progress.Report(done, total, final: done == total) };
        var report = await runner.ApplyAsync(directory, cancellationToken);
        progress.Finish();
        foreach (var name in report.Applied) Console.WriteLine($"applied  {name}");
        foreach (var name in report.Skipped) Console.WriteLine($"skipped  {name} (unchanged)");
        Console.WriteLine($"{report.StatementsRun} statements run");
        return 0;
    }

    /// <summary>The repository's cypher/ when run inside it, else the copy shipped beside the binary.</summary>
    private static CypherDirectory FromWorkingDirectoryOrInstallation()
    {
        try
        {
            return CypherDirectory.Locate(null, Environment.CurrentDirectory);
        }
        catch (DirectoryNotFoundException)
        {
            return CypherDirectory.Locate(null, AppContext.BaseDirectory);
        }
    }
}
