using Graph.Core.Model;
using Graph.TestSupport;

namespace Graph.Core.Tests.Seed;

// Locks down the seed's provenance and its fit to the model: every relationship has source and verbatim evidence.
public sealed class SeedProvenanceTests
{
    private static string DocumentText => (string)SeedFacts.Document.Properties["text"]!;

    [Fact]
    public void DocumentHoldsTheWholeCorpusText()
    {
        var document = SeedFacts.Document;
        Assert.Equal(File.ReadAllText(RepositoryPaths.SeedDocument), DocumentText);
        Assert.Equal(new DateOnly(2023, 4, 12), document.Properties["publishedAt"]);
        Assert.Equal("TDI", document.Properties["source"]);
        Assert.False(string.IsNullOrWhiteSpace(document.Properties["title"] as string));
    }

    [Fact]
    public void EveryRelationshipHasSourceAndEvidence()
    {
        Assert.NotEmpty(SeedFacts.Relationships);
        foreach (var rel in SeedFacts.Relationships)
        {
            Assert.True(rel.Get("source") == SeedFacts.Document.Id, $"{rel}: source must be the document id");
            Assert.False(string.IsNullOrWhiteSpace(rel.Get("evidence")), $"{rel}: no evidence");
        }
    }

    [Fact]
    public void EveryEvidenceOccursVerbatimInTheDocument()
    {
        foreach (var rel in SeedFacts.Relationships)
        {
            foreach (var key in new[] { "evidence", "targetEvidence" })
            {
                if (rel.Get(key) is not { } evidence) continue;
                Assert.True(DocumentText.Contains(evidence, StringComparison.Ordinal), $"{rel}: {key} is not verbatim in the document: {evidence}");
                Assert.DoesNotContain("Also Read", evidence, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void ImpliedKnowledgeIsMarkedAndExplained()
    {
        var implied = 0;
        foreach (var rel in SeedFacts.Relationships)
        {
            var basis = rel.Get("basis");
            Assert.True(basis is null or "stated" or "implied", $"{rel}: basis '{basis}'");
            if (basis != "implied") continue;
            implied++;
            Assert.False(string.IsNullOrWhiteSpace(rel.Get("note")), $"{rel}: implied without a note");
        }
        foreach (var node in SeedFacts.Nodes.Where(n => n.Properties.TryGetValue("basis", out var b) && (string?)b == "implied"))
        {
            Assert.False(string.IsNullOrWhiteSpace(node.Properties.GetValueOrDefault("note") as string), $"{node.Id}: implied without a note");
        }
        // The text never names the ministries that signed the memoranda: their parts must be implied.
        Assert.All(SeedFacts.Relationships.Where(r => r.FromLabel == "Ministry" && r.Type != "MENTIONED_IN"), r => Assert.Equal("implied", r.Get("basis")));
        Assert.All(SeedFacts.Nodes.Where(n => n.Label == "Ministry"), n => Assert.Equal("implied", n.Properties["basis"]));
        Assert.True(implied > 0);
    }

    [Fact]
    public void PageFurnitureIsNotKnowledge()
    {
        // "Also Read: Telephonic contact between Foreign Ministers of Iran and Azerbaijan" is a link, not a fact.
        Assert.DoesNotContain(SeedFacts.Nodes, n => n.Label != "Document" && n.Properties.Values.OfType<string>().Any(v => v.Contains("Iran", StringComparison.Ordinal)));
    }

    [Fact]
    public void EveryNodeFitsTheModel()
    {
        var model = KnowledgeModel.Default;
        foreach (var node in SeedFacts.Nodes)
        {
            var entity = model.Entity(node.Label);
            Assert.True(entity is not null, $"{node.Where}: label {node.Label} is not in the model");
            foreach (var key in node.Properties.Keys)
            {
                Assert.True(entity!.Property(key) is not null, $"{node.Where}: {node.Label}.{key} is not in the model");
            }
            foreach (var required in entity!.Properties.Where(p => p.Required && p.Name != "id"))
            {
                Assert.True(node.Properties.ContainsKey(required.Name), $"{node.Where}: {node.Label} {node.Id} lacks {required.Name}");
            }
        }
        var duplicates = SeedFacts.Nodes.GroupBy(n => (n.Label, n.Id)).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void EveryRelationshipFitsTheModelAndJoinsSeedNodes()
    {
        var model = KnowledgeModel.Default;
        var nodes = SeedFacts.Nodes.Select(n => (n.Label, n.Id)).ToHashSet();
        foreach (var rel in SeedFacts.Relationships)
        {
            var type = model.Relationship(rel.Type);
            Assert.True(type is not null, $"{rel}: type not in the model");
            Assert.True(type!.From.Contains(rel.FromLabel), $"{rel}: {rel.FromLabel} may not start {rel.Type}");
            Assert.True(type.To.Contains(rel.ToLabel), $"{rel}: {rel.ToLabel} may not end {rel.Type}");
            foreach (var key in rel.Properties.Keys)
            {
                Assert.True(type.Properties.Any(p => p.Name == key), $"{rel}: property {key} not in the model");
            }
            Assert.Contains((rel.FromLabel, rel.FromId), nodes);
            Assert.Contains((rel.ToLabel, rel.ToId), nodes);
        }
        var duplicates = SeedFacts.Relationships.GroupBy(r => (r.Type, r.FromId, r.ToId)).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void EveryEntityIsMentionedInTheDocument()
    {
        var mentioned = SeedFacts.Relationships.Where(r => r.Type == "MENTIONED_IN").ToDictionary(r => (r.FromLabel, r.FromId));
        foreach (var node in SeedFacts.Nodes.Where(n => n.Label != "Document"))
        {
            Assert.True(mentioned.TryGetValue((node.Label, node.Id), out var mention), $"{node.Label} {node.Id} is not MENTIONED_IN the document");
            var sentences = Assert.IsType<List<object?>>(mention!.Properties["sentences"]);
            Assert.NotEmpty(sentences);
            Assert.All(sentences, s => Assert.InRange(Assert.IsType<long>(s), 1L, 23L)); // the report has 23 sentences without the "Also Read" line
        }
    }
}
