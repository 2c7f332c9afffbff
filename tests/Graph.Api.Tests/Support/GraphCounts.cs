using Graph.Core.Store;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Support;

/// <summary>
/// How many knowledge nodes and relationships the host's store holds, read past every door, to prove a refusal
/// changed nothing. The audit trail's Change records and its sequence counter are left out: an accepted mutation adds one
/// Change (and the first one the counter).
/// </summary>
internal sealed record GraphCounts(long Nodes, long Relationships)
{
    public static async Task<GraphCounts> ReadAsync(WebApplicationFactory<Program> factory)
    {
        var store = factory.Services.GetRequiredService<IGraphDatabase>();
        var nodes = await store.RunAsync("MATCH (n) WHERE NOT n:Change AND NOT n:_AuditSeq RETURN count(n) AS n", mode: AccessMode.Read);
        var relationships = await store.RunAsync("MATCH ()-[r]->() RETURN count(r) AS n", mode: AccessMode.Read);
        return new GraphCounts((long)nodes.Records[0]["n"]!, (long)relationships.Records[0]["n"]!);
    }
}
