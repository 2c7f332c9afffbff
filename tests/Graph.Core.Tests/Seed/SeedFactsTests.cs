namespace Graph.Core.Tests.Seed;

// Locks down the facts the report states (issue 2's checklist), with the values read from the report itself.
public sealed class SeedFactsTests
{
    private static SeedNode Node(string id) => SeedFacts.Nodes.Single(n => n.Id == id);

    private static SeedRelationship Rel(string from, string type, string to) =>
        SeedFacts.Relationships.SingleOrDefault(r => r.FromId == from && r.Type == type && r.ToId == to)
        ?? throw new Xunit.Sdk.XunitException($"missing ({from})-[:{type}]->({to})");

    [Theory]
    [InlineData("kassym-jomart-tokayev", "LEADS", "kazakhstan")]
    [InlineData("ilham-aliyev", "LEADS", "azerbaijan")]
    [InlineData("kassym-jomart-tokayev", "ATTENDED", "astana-talks-2023-04-12")]
    [InlineData("ilham-aliyev", "ATTENDED", "astana-talks-2023-04-12")]
    [InlineData("astana-talks-2023-04-12", "HELD_IN", "astana")]
    [InlineData("akorda-greeting-ceremony-2023-04-12", "HELD_IN", "akorda")]
    [InlineData("akorda-greeting-ceremony-2023-04-12", "PRECEDED", "astana-talks-2023-04-12")]
    [InlineData("kassym-jomart-tokayev", "SIGNED", "joint-declaration-2023")]
    [InlineData("ilham-aliyev", "SIGNED", "protocol-interstate-council-2023")]
    [InlineData("protocol-interstate-council-2023", "ESTABLISHES", "supreme-interstate-council")]
    [InlineData("kazakhstan", "PARTY_TO", "declaration-strategic-relations-2022")]
    [InlineData("azerbaijan", "PARTY_TO", "comprehensive-program-2026")]
    [InlineData("heydar-aliyev-road", "NAMED_AFTER", "heydar-aliyev")]
    [InlineData("heydar-aliyev-road-inauguration", "HONORS", "heydar-aliyev-100th-birthday")]
    [InlineData("kurmangazy-center-fizuli", "LOCATED_IN", "fizuli")]
    [InlineData("kurmangazy-center-fizuli", "GIFT_FROM", "kazakhstan")]
    [InlineData("kurmangazy-center-fizuli", "GIFT_TO", "azerbaijan")]
    [InlineData("decades-of-culture", "INCLUDES", "kazakhstan-days-of-culture-2023")]
    [InlineData("mou-sports-2023", "COVERS", "sports")]
    [InlineData("mou-media-2023", "SIGNED_AT", "aliyev-visit-astana-2023")]
    public void TheReportStates(string from, string type, string to) => Assert.NotNull(Rel(from, type, to));

    [Fact]
    public void TheMeetingWasInAstanaOnTheTwelfthOfApril2023()
    {
        Assert.Equal(new DateOnly(2023, 4, 12), Node("astana-talks-2023-04-12").Properties["date"]);
        Assert.Equal("Meeting", Node("astana-talks-2023-04-12").Properties["kind"]);
    }

    [Fact]
    public void TradeGrewByFortyPercentToHalfABillionWithABillionInSight()
    {
        var trade = Rel("kazakhstan", "TRADES_WITH", "azerbaijan");
        Assert.Equal(40.0, trade.Properties["growthPercent"]);
        Assert.Equal(500_000_000.0, trade.Properties["volumeUsd"]);
        Assert.Equal(1_000_000_000.0, trade.Properties["targetUsd"]);
    }

    [Fact]
    public void TheCouncilIsOneEntityWithBothNames()
    {
        var councils = SeedFacts.Nodes.Where(n => n.Label == "Organization" && ((string)n.Properties["name"]!).Contains("Interstate Council", StringComparison.Ordinal)).ToArray();
        var council = Assert.Single(councils);
        Assert.Equal("Supreme Interstate Council", council.Properties["name"]);
        Assert.Contains("Highest Interstate Council", Assert.IsType<List<object?>>(council.Properties["aliases"]));
    }

    [Fact]
    public void LastYearsAgreementsHaveTheYearButNoDate()
    {
        foreach (var id in new[] { "declaration-strategic-relations-2022", "comprehensive-program-2026" })
        {
            Assert.Equal(2022L, Node(id).Properties["year"]);
            Assert.False(Node(id).Properties.ContainsKey("date"));
        }
        Assert.Equal("Declaration", Node("declaration-strategic-relations-2022").Properties["kind"]);
        Assert.Equal("Program", Node("comprehensive-program-2026").Properties["kind"]);
        Assert.Equal(2026L, Node("comprehensive-program-2026").Properties["untilYear"]);
    }

    [Fact]
    public void MemorandaCoverTheFiveAreasTheReportLists()
    {
        var covered = SeedFacts.Relationships.Where(r => r.Type == "COVERS" && Node(r.FromId).Properties["kind"] as string == "Memorandum")
            .Select(r => (string)Node(r.ToId).Properties["name"]!).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(
            ["Diaspora work", "Information and social development", "Media", "Small and medium company development", "Sports"],
            covered);
    }

    [Fact]
    public void TheChildrensCentreIsUnderConstruction()
    {
        Assert.Equal("Under construction", Node("kurmangazy-center-fizuli").Properties["status"]);
        Assert.Equal("Inaugurated", Node("heydar-aliyev-road").Properties["status"]);
    }
}
