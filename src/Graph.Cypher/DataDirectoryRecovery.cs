using Graph.Cypher.Storage.Durability;

namespace Graph.Cypher;

/// <summary>What a data directory can still prove: the pieces kept and lost, and where dropped files went.</summary>
public sealed record DataDirectoryReport(string Directory, IReadOnlyList<string> Kept, IReadOnlyList<string> Lost, long LastRecord, string? SetAsideIn)
{
    public bool LosesNothing => Lost.Count == 0;
}

/// <summary>
/// Recovering a data directory whose snapshot/log chain is broken (a deleted or damaged segment):
/// <see cref="Inspect"/> says what opening from the last good snapshot plus the contiguous log after
/// it keeps and loses; <see cref="Recover"/> does it, moving the rest aside rather than deleting it.
/// </summary>
public static class DataDirectoryRecovery
{
    public static DataDirectoryReport Inspect(string directory) => Report(ChainRescue.Plan(Existing(directory)));

    public static DataDirectoryReport Recover(string directory)
    {
        var plan = ChainRescue.Plan(Existing(directory));
        ChainRescue.Apply(plan);
        return Report(plan);
    }

    private static string Existing(string directory)
    {
        var full = Path.GetFullPath(directory);
        return System.IO.Directory.Exists(full) ? full : throw new DirectoryNotFoundException($"There is no data directory at {full}.");
    }

    private static DataDirectoryReport Report(RescuePlan plan) => new(plan.Directory, plan.Kept, plan.Lost, plan.LastLsn, plan.SetAsideIn);
}
