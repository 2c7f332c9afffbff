using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Graph.Ingest.Tests;

// Locks down mention linking on the seed report against the seed's hand-made MENTIONED_IN (cypher/seed/04-mentions).
public sealed class SeedMentionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Linked_sentences_match_the_hand_made_mentions_of_named_entities()
    {
        await using var database = await TestGraph.WithAsync("02-entities.cypher");
        await TestGraph.IngestAsync(database, TestGraph.SeedRequest);
        var ours = (await TestGraph.QueryAsync(database, "MATCH (e)-[r:MENTIONED_IN]->(:Document) RETURN e.id AS id, r.sentences AS s"))
            .ToDictionary(r => (string)r["id"]!, r => ((IEnumerable<object?>)r["s"]!).Select(Convert.ToInt32).Order().ToList());
        var seed = Regex.Matches(File.ReadAllText(Path.Combine(TestSupport.RepositoryPaths.Cypher, "seed", "04-mentions.cypher")), @"\{id: '([^']+)'\}\), \(d:Document[^\n]*\n[^\n]*\nSET r.sentences = \[([\d, ]+)\]")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Split(", ").Select(int.Parse).Order().ToList());
        foreach (var (id, sentences) in seed.OrderBy(kv => kv.Key))
        {
            output.WriteLine($"{id}: seed [{string.Join(",", sentences)}] ours [{string.Join(",", ours.GetValueOrDefault(id) ?? [])}]");
        }

        // Entities the report names outright are found in exactly the sentences the seed lists.
        foreach (var id in new[] { "kazakhstan", "azerbaijan", "astana", "fizuli", "akorda", "heydar-aliyev", "kurmangazy", "joint-declaration-2023",
                     "protocol-interstate-council-2023", "declaration-strategic-relations-2022", "comprehensive-program-2026", "supreme-interstate-council", "strategic-partnership" })
        {
            Assert.Equal(seed[id], ours[id]);
        }
        // Nothing is linked where the seed has no mention, but for one the seed missed: "bilateral relations" in sentence 11.
        var extra = ours.SelectMany(kv => kv.Value.Except(seed.GetValueOrDefault(kv.Key) ?? []).Select(n => $"{kv.Key}:{n}")).ToList();
        Assert.Equal(["bilateral-relations:11"], extra);
        // What is left to curation: people referred to by role or pronoun, and entities the text only implies.
        var found = seed.Sum(kv => kv.Value.Intersect(ours.GetValueOrDefault(kv.Key) ?? []).Count());
        output.WriteLine($"{found} of {seed.Sum(kv => kv.Value.Count)} seed mentions found");
        Assert.Equal(55, found);
    }
}
