using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// Full-text scores are Neo4j's to the float: Lucene's BM25 with statistics per indexed property, an unfielded
// term or phrase scored in each property and added up, field lengths stored as Lucene's one-byte norms, and
// single-precision arithmetic. The expected values are the Cypher manual's (indexes/semantic-indexes/full-text-indexes.adoc).
public sealed class FulltextScoreTests : IDisposable
{
    private readonly Db _db = new();

    public FulltextScoreTests()
    {
        _db.Run("""
            CREATE (nilsE:Employee {name: "Nils-Erik Karlsson", position: "Engineer", team: "Kernel", peerReviews: ['Nils-Erik is difficult to work with.', 'Nils-Erik is often late for work.']}),
            (lisa:Manager {name: "Lisa Danielsson", position: "Engineering manager"}),
            (nils:Employee {name: "Nils Johansson", position: "Engineer", team: "Operations"}),
            (maya:Employee {name: "Maya Tanaka", position: "Senior Engineer", team:"Operations"}),
            (lisa)-[:REVIEWED {message: "Nils-Erik is reportedly difficult to work with."}]->(nilsE),
            (maya)-[:EMAILED {message: "I have booked a team meeting tomorrow."}]->(nils)
            """);
        _db.Run("CREATE FULLTEXT INDEX namesAndTeams FOR (n:Employee|Manager) ON EACH [n.name, n.team]");
        _db.Run("CREATE FULLTEXT INDEX communications FOR ()-[r:REVIEWED|EMAILED]-() ON EACH [r.message]");
        _db.Run("CREATE FULLTEXT INDEX peerReviews FOR (n:Employee|Manager) ON EACH [n.peerReviews] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}");
    }

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("nils", "Nils Johansson", 0.3300700783729553, "Nils-Erik Karlsson", 0.27725890278816223)]
    [InlineData("\"Nils-Erik\"", "Nils-Erik Karlsson", 0.7588480710983276, null, 0.0)]
    [InlineData("nils AND kernel", "Nils-Erik Karlsson", 0.723090410232544, null, 0.0)]
    [InlineData("team:\"Operations\"", "Nils Johansson", 0.21363800764083862, "Maya Tanaka", 0.21363800764083862)]
    public void Node_scores_are_the_manuals(string query, string first, double firstScore, string? second, double secondScore)
    {
        var rows = _db.Run("CALL db.index.fulltext.queryNodes('namesAndTeams', $q) YIELD node, score RETURN node.name AS name, score", new Dictionary<string, object?> { ["q"] = query }).Records;

        Assert.Equal(second is null ? 1 : 2, rows.Count);
        Assert.Equal((first, firstScore), ((string)rows[0]["name"]!, (double)rows[0]["score"]!));
        if (second is not null) Assert.Equal(secondScore, (double)rows.Single(r => (string)r["name"]! == second)["score"]!);
    }

    [Fact]
    public void Relationship_and_list_property_scores_are_the_manuals()
    {
        Assert.Equal(0.3239005506038666, _db.Scalar("CALL db.index.fulltext.queryRelationships('communications', 'meeting') YIELD score RETURN score"));
        // The english analyzer drops stop words, so the two reviews hold nine tokens together.
        Assert.Equal(0.13076457381248474, _db.Scalar("CALL db.index.fulltext.queryNodes('peerReviews', 'late') YIELD score RETURN score"));
    }
}
