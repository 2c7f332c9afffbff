using System.Text.Json.Nodes;
using Graph.Api.Cypher.Workbench;

namespace Graph.Api.Tests.Ui;

// Locks down how a saved query's headers are read: the question and the params JSON among the leading comments.
public sealed class SavedQueryTests
{
    [Fact]
    public void The_leading_comments_give_the_question_and_the_default_parameters()
    {
        var query = SavedQuery.Parse("q", "// Question: Who leads what?\n// params: {\"a\": \"x\", \"n\": 3}\nMATCH (n) RETURN n // params: {\"b\": 1}\n");
        Assert.Equal("Who leads what?", query.Question);
        Assert.Equal(new[] { "a", "n" }, query.Parameters.Select(p => p.Key));
        Assert.Equal(3, query.Parameters["n"]!.GetValue<int>());
    }

    [Fact]
    public void A_query_without_headers_has_no_question_and_no_parameters()
    {
        var query = SavedQuery.Parse("q", "MATCH (n) RETURN n\n// params: {\"late\": 1}");
        Assert.Equal("", query.Question);
        Assert.Empty(query.Parameters);
    }

    [Theory]
    [InlineData("// params: {\"id\": ")]
    [InlineData("// params: [1, 2]")]
    public void A_params_header_that_is_not_a_JSON_object_is_an_error_naming_the_file(string header)
    {
        var e = Assert.Throws<InvalidDataException>(() => SavedQuery.Parse("broken", header + "\nRETURN 1"));
        Assert.Contains("cypher/queries/broken.cypher", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_analyst_query_in_the_repository_has_a_question_and_a_params_header()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Support.RepositoryFiles.Root, "cypher", "queries"), "*.cypher"))
        {
            var query = SavedQuery.Parse(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
            Assert.False(string.IsNullOrEmpty(query.Question), file);
            Assert.IsType<JsonObject>(query.Parameters);
        }
    }
}
