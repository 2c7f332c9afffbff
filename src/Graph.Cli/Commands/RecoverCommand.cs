using Graph.Core.Store;
using Graph.Cypher;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph recover --data DIR [--accept-loss]`: says what a data directory with a broken snapshot/log
/// chain still holds (the last good snapshot plus the contiguous log after it) and what it would lose;
/// only with --accept-loss does it keep that, moving the rest into a set-aside folder, and reopen.
/// </summary>
internal static class RecoverCommand
{
    public static async Task<int> RunAsync(CliOptions options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            throw new ArgumentException("graph recover needs --data DIR, the embedded engine's data directory");
        }

        DataDirectoryReport report;
        try
        {
            report = DataDirectoryRecovery.Inspect(options.DataDirectory);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new ArgumentException(e.Message, e);
        }

        Console.WriteLine($"data directory {report.Directory}");
        foreach (var line in report.Kept) Console.WriteLine($"  keeps  {line}");
        foreach (var line in report.Lost) Console.WriteLine($"  loses  {line}");
        if (report.LosesNothing)
        {
            Console.WriteLine($"nothing is missing or damaged (last record {report.LastRecord}); nothing to recover");
            return 0;
        }

        if (!options.AcceptLoss)
        {
            Console.WriteLine($"nothing changed: run `graph recover --data {report.Directory} --accept-loss` to keep the graph as of record {report.LastRecord} and set the rest aside");
            return 1;
        }

        report = DataDirectoryRecovery.Recover(report.Directory);
        if (report.SetAsideIn is { } aside) Console.WriteLine($"set aside in {aside} (nothing was deleted)");
        await using var database = new EmbeddedGraphDatabase(new EmbeddedGraphOptions { DataDirectory = report.Directory });
        var nodes = await database.RunAsync("MATCH (n) RETURN count(n)", null, AccessMode.Read, cancellationToken);
        var relationships = await database.RunAsync("MATCH ()-[r]->() RETURN count(r)", null, AccessMode.Read, cancellationToken);
        Console.WriteLine($"recovered: the graph as of record {report.LastRecord}, {nodes.Records[0][0]} nodes, {relationships.Records[0][0]} relationships");
        return 0;
    }
}
