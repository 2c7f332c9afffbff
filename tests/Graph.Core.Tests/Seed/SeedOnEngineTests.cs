using System.Text.Json;
using Graph.Core.Migrations;
using Graph.Core.Scripts;
using Graph.Core.Store;
using Graph.Cypher;
using Graph.TestSupport;
using Record = Graph.Core.Store.Record;

namespace Graph.Core.Tests.Seed;

// Locks down that everything in cypher/ executes on the embedded engine: schema and seed (idempotently),
// the provenance of every relationship as stored, and each analyst query's answer over the seed.
public sealed class SeedOnEngineTests : IAsyncLifetime
{
    private readonly EmbeddedGraphDatabase _db = new();

    public async Task InitializeAsync() =>
        await new MigrationRunner(_db).ApplyAsync(CypherDirectory.At(RepositoryPaths.Cypher));

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<IReadOnlyList<Record>> QueryFileAsync(string fileName)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Cypher, "queries", fileName));
        var paramsLine = text.Split('\n').First(l => l.StartsWith("// params:", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(paramsLine["// params:".Length..]);
        var parameters = json.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => (object?)(p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetInt64() : p.Value.GetString()));
        var statement = Assert.Single(CypherScript.Split(text));
        return (await _db.RunAsync(statement.Text, parameters, AccessMode.Read)).Records;
    }

    private async Task<(long Nodes, long Relationships)> CountsAsync()
    {
        var r = await _db.RunAsync("MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels", mode: AccessMode.Read);
        return ((long)r.Records[0]["nodes"]!, (long)r.Records[0]["rels"]!);
    }

    [Fact]
    public async Task Every_seed_statement_is_idempotent_on_the_engine()
    {
        var before = await CountsAsync();
        Assert.True(before.Nodes > 50, $"seed made only {before.Nodes} nodes");
        var directory = CypherDirectory.At(RepositoryPaths.Cypher);
        foreach (var script in MigrationScript.From(directory))
        {
            foreach (var statement in script.Statements)
            {
                await _db.RunAsync(statement.Text);
            }
        }
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Every_stored_relationship_carries_provenance_found_verbatim_in_the_document()
    {
        var text = await File.ReadAllTextAsync(RepositoryPaths.SeedDocument);
        var rows = (await _db.RunAsync("MATCH (a)-[r]->(b) WHERE NOT a:__Migration RETURN type(r) AS type, r.source AS source, r.evidence AS evidence, r.basis AS basis, r.note AS note", mode: AccessMode.Read)).Records;
        Assert.True(rows.Count > 100);
        foreach (var row in rows)
        {
            Assert.False(string.IsNullOrEmpty(row["source"] as string), $"{row["type"]} has no source");
            var evidence = Assert.IsType<string>(row["evidence"]);
            Assert.Contains(evidence, text, StringComparison.Ordinal);
            if (row["basis"] as string == "implied") Assert.False(string.IsNullOrEmpty(row["note"] as string));
        }
    }

    [Fact]
    public async Task The_fulltext_index_finds_the_council_by_either_name()
    {
        foreach (var name in new[] { "Supreme Interstate Council", "Highest Interstate Council" })
        {
            // Scored as Lucene does (BM25 per field): the protocol naming the council may rank above the council's
            // long alias list, so the assertion is that the phrase finds the council, not that it ranks first.
            var rows = (await _db.RunAsync("CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score RETURN node.id AS id ORDER BY score DESC",
                new Dictionary<string, object?> { ["q"] = "\"" + name + "\"" }, AccessMode.Read)).Records;
            Assert.Contains("supreme-interstate-council", rows.Select(r => r["id"] as string));
            Assert.All(rows, r => Assert.Contains("interstate-council", r["id"] as string, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Agreements_by_ministry_lists_every_ministry_with_its_memorandum()
    {
        var rows = await QueryFileAsync("agreements-by-ministry.cypher");
        Assert.Equal(10, rows.Count);
        var media = rows.Single(r => (string)r["ministry"]! == "kazakhstan-ministry-media");
        Assert.Equal("Kazakhstan", media["state"]);
        var agreements = Assert.IsAssignableFrom<IReadOnlyList<object?>>(media["agreements"]);
        var first = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single(agreements));
        Assert.Equal("Memorandum", first["kind"]);
    }

    [Fact]
    public async Task What_the_presidents_did_together_includes_the_talks_and_the_joint_declaration()
    {
        var rows = await QueryFileAsync("presidents-together.cypher");
        var pairs = rows.Select(r => ((string)r["action"]!, (string)r["id"]!)).ToHashSet();
        Assert.Contains(("ATTENDED", "astana-talks-2023-04-12"), pairs);
        Assert.Contains(("SIGNED", "joint-declaration-2023"), pairs);
    }

    [Fact]
    public async Task The_shortest_path_avoids_the_document_and_ends_at_both_entities()
    {
        var row = Assert.Single(await QueryFileAsync("shortest-path.cypher"));
        var entities = Assert.IsAssignableFrom<IReadOnlyList<object?>>(row["entities"]);
        Assert.Equal("Kurmangazy", entities[0]);
        Assert.Equal("Supreme Interstate Council", entities[^1]);
        Assert.Equal((long)entities.Count - 1, row["hops"]);
        Assert.All(Assert.IsAssignableFrom<IReadOnlyList<object?>>(row["evidence"]), e => Assert.IsType<string>(e));
    }

    [Fact]
    public async Task Facilities_by_state_name_their_namesakes_and_givers()
    {
        var rows = await QueryFileAsync("facilities-by-state.cypher");
        var road = rows.Single(r => ((string)r["facility"]!).Contains("Heydar Aliyev", StringComparison.Ordinal));
        Assert.Equal(("Kazakhstan", "Heydar Aliyev"), (road["state"], road["namedAfter"]));
        var centre = rows.Single(r => ((string)r["facility"]!).Contains("Kurmangazy", StringComparison.Ordinal));
        Assert.Equal(("Azerbaijan", "Kazakhstan"), (centre["state"], centre["giftFrom"]));
    }

    [Fact]
    public async Task Evidence_of_the_council_cites_the_sentence_that_establishes_it()
    {
        var rows = await QueryFileAsync("evidence-for-entity.cypher");
        Assert.Contains(rows, r => (string)r["relationship"]! == "ESTABLISHES"
            && ((string)r["evidence"]!).Contains("Highest Interstate Council", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entities_by_connections_are_ordered_most_connected_first()
    {
        var rows = await QueryFileAsync("entities-by-connections.cypher");
        Assert.Equal(20, rows.Count);
        var counts = rows.Select(r => (long)r["connections"]!).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        Assert.True(counts[0] >= 10);
    }
}
