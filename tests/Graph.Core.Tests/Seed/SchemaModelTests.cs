using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Core.Scripts;
using Graph.TestSupport;

namespace Graph.Core.Tests.Seed;

// Locks down that cypher/schema.cypher agrees with the knowledge model and stays idempotent.
public sealed partial class SchemaModelTests
{
    private static IReadOnlyList<ScriptStatement> Schema =>
        CypherScript.Split(File.ReadAllText(Path.Combine(RepositoryPaths.Cypher, "schema.cypher")));

    public static TheoryData<string> Labels() => [.. KnowledgeModel.Default.Labels];

    [Theory]
    [MemberData(nameof(Labels))]
    public void EveryLabelHasItsIdUniquenessConstraint(string label)
    {
        var expected = $"CREATE CONSTRAINT {label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE";
        Assert.Contains(expected, Schema.Select(s => s.Text));
    }

    // The audit trail's counter node (AuditTrail.CounterLabel in Graph.GraphQL, which this project does not reference).
    private const string AuditCounterLabel = "_AuditSeq";

    [Fact]
    public void TheAuditCounterHasItsUniquenessConstraintApartFromTheModelLabels()
    {
        Assert.DoesNotContain(AuditCounterLabel, KnowledgeModel.Default.Labels);
        Assert.Contains($"CREATE CONSTRAINT audit_seq_id IF NOT EXISTS FOR (n:{AuditCounterLabel}) REQUIRE n.id IS UNIQUE", Schema.Select(s => s.Text));
    }

    [Fact]
    public void EveryConstraintIsOnAModelLabelOrTheAuditCounter()
    {
        var constrained = Schema.Select(s => ConstraintLabel().Match(s.Text)).Where(m => m.Success).Select(m => m.Groups["label"].Value).ToList();
        Assert.Equal(KnowledgeModel.Default.Labels.Append(AuditCounterLabel).Order(StringComparer.Ordinal), constrained.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void EveryLabelHasARangeIndexForLookups(string label)
    {
        var key = label == "Document" ? "title" : "name";
        Assert.Contains(Schema, s => s.Text.StartsWith("CREATE INDEX ", StringComparison.Ordinal) && s.Text.Contains($"FOR (n:{label}) ON (n.{key})", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryStatementIsIdempotent()
    {
        Assert.NotEmpty(Schema);
        Assert.All(Schema, s => Assert.Contains(" IF NOT EXISTS", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void OneFullTextIndexCoversEveryEntityLabelButDocument()
    {
        var fullText = Assert.Single(Schema, s => s.Text.StartsWith("CREATE FULLTEXT INDEX", StringComparison.Ordinal));
        var match = FullTextShape().Match(fullText.Text);
        Assert.True(match.Success, fullText.Text);
        Assert.Equal("entity_search", match.Groups["name"].Value);
        var labels = match.Groups["labels"].Value.Split('|').Order(StringComparer.Ordinal).ToArray();
        var expected = KnowledgeModel.Default.Labels.Where(l => l != "Document").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, labels);
        Assert.Equal("n.name, n.aliases, n.description", match.Groups["props"].Value);
    }

    [GeneratedRegex(@"^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(?<label>\w+)\)")]
    private static partial Regex ConstraintLabel();

    [GeneratedRegex(@"^CREATE FULLTEXT INDEX (?<name>\w+) IF NOT EXISTS\s+FOR \(n:(?<labels>[\w|]+)\)\s+ON EACH \[(?<props>[^\]]*)\]$")]
    private static partial Regex FullTextShape();
}
