using Graph.Core.Store;

namespace Graph.Ingest.Tests;

// Locks down ingestion of a second, different report about the same states into the seeded graph: it links to the
// existing entities without duplicating any, turns unknown names into candidates, and is idempotent.
public sealed class SecondReportTests
{
    private static string Report => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpus", "2024-baku-follow-up.md"));

    private static IngestRequest Request => new(Report) { Markdown = true, Title = "Aliyev and Tokayev review cooperation in Baku", PublishedAt = new DateOnly(2024, 8, 15), Source = "Caspian Wire" };

    [Fact]
    public async Task Links_to_existing_entities_without_duplicates_and_proposes_only_new_facts()
    {
        await using var database = await TestGraph.WithAsync("01-document.cypher", "02-entities.cypher", "03-relationships.cypher", "04-mentions.cypher");
        var nodesBefore = await CountsAsync(database);

        var outcome = await TestGraph.IngestAsync(database, Request);

        Assert.True(outcome.Created);
        var nodesAfter = await CountsAsync(database);
        foreach (var (label, count) in nodesBefore.Where(kv => kv.Key != "Document")) Assert.Equal(count, nodesAfter[label]);
        Assert.Equal(nodesBefore["Document"] + 1, nodesAfter["Document"]);

        var mentioned = (await TestGraph.QueryAsync(database,
            "MATCH (e)-[r:MENTIONED_IN]->(:Document {id: $id}) RETURN labels(e)[0] + ':' + e.id AS e, r.sentences AS s, r.evidence AS ev, r.evidenceStart AS a, r.evidenceEnd AS b",
            new Dictionary<string, object?> { ["id"] = outcome.DocumentId })).ToList();
        var ids = mentioned.Select(r => (string)r["e"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "State:azerbaijan", "State:kazakhstan", "Leader:ilham-aliyev", "Leader:kassym-jomart-tokayev", "Place:astana", "Organization:supreme-interstate-council", "Facility:heydar-aliyev-road" }, ids);
        var text = (string)(await TestGraph.QueryAsync(database, "MATCH (d:Document {id: $id}) RETURN d.text AS t", new Dictionary<string, object?> { ["id"] = outcome.DocumentId }))[0]["t"]!;
        Assert.All(mentioned, r => Assert.Equal((string)r["ev"]!, text[(int)(long)r["a"]!..(int)(long)r["b"]!]));

        var candidates = (await TestGraph.QueryAsync(database, "MATCH (c:Candidate) RETURN c.text AS text, c.label AS label, c.kind AS kind, c.alternatives AS alt"))
            .ToDictionary(r => (string)r["text"]!, r => (Label: r["label"] as string, Kind: (string)r["kind"]!, Alternatives: r["alt"]));
        Assert.Equal("Ministry", candidates["Ministry of Digital Development"].Label);
        Assert.Equal("Ministry", candidates["Ministry of Transport"].Label);
        Assert.Equal("Agreement", candidates["Memorandum on cooperation in digital transport corridors"].Label);
        Assert.Equal("Leader", candidates["Olzhas Bektenov"].Label);
        Assert.Equal("Event", candidates["Caspian Connectivity Forum"].Label);
        Assert.Equal("mention", candidates["Aliyev"].Kind);

        // The road's city is new; leadership and trade are already facts and are not proposed again.
        var proposals = (await TestGraph.QueryAsync(database, "MATCH (p:Proposal) RETURN p.type + ' ' + p.from + ' ' + p.to AS p")).Select(r => (string)r["p"]!).ToList();
        Assert.Contains("LOCATED_IN Facility:heydar-aliyev-road Place:astana", proposals);
        Assert.DoesNotContain(proposals, p => p.StartsWith("LEADS", StringComparison.Ordinal) || p.StartsWith("TRADES_WITH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_text_again_changes_nothing()
    {
        await using var database = await TestGraph.WithAsync("02-entities.cypher");
        var first = await TestGraph.IngestAsync(database, Request);
        var before = await SnapshotAsync(database);

        var second = await TestGraph.IngestAsync(database, Request with { Title = "Another title", Id = null });

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    private static async Task<Dictionary<string, long>> CountsAsync(IGraphDatabase database) =>
        (await TestGraph.QueryAsync(database, "MATCH (n) RETURN labels(n)[0] AS l, count(*) AS n")).ToDictionary(r => (string)r["l"]!, r => (long)r["n"]!);

    private static async Task<(long, long, long)> SnapshotAsync(IGraphDatabase database)
    {
        var r = (await TestGraph.QueryAsync(database, "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() WITH nodes, count(r) AS rels MATCH (p:Proposal) RETURN nodes, rels, count(p) AS proposals"))[0];
        return ((long)r["nodes"]!, (long)r["rels"]!, (long)r["proposals"]!);
    }
}
