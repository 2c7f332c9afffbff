using Graph.Core.Store;

namespace Graph.Api.Store;

/// <summary>
/// Start-up seeding never runs over a graph it did not write: a store holding nodes but no migration
/// record was filled some other way (graph import, a restored or recovered directory), and the seed's
/// MERGEs would quietly mix into it. Seeding such a store is left to an explicit `graph seed`.
/// </summary>
internal static class SeedGuard
{
    /// <summary>Why seeding must not run, or null when the store is empty or was seeded before.</summary>
    public static async Task<string?> RefusalAsync(IGraphDatabase store, CancellationToken cancellationToken)
    {
        var recorded = await store.RunAsync("MATCH (m:__Migration) RETURN count(m) AS c", null, AccessMode.Read, cancellationToken);
        if (recorded.Records[0][0] is not 0L) return null;
        var nodes = await store.RunAsync("MATCH (n) RETURN count(n) AS c", null, AccessMode.Read, cancellationToken);
        return nodes.Records[0][0] is long count and > 0
            ? $"Not seeded: the store already holds {count} node(s) the seed did not write (no migration record), and seeding never runs over existing data. Run `graph seed` to add the seed on purpose, or set Graph:Seed=false."
            : null;
    }
}
