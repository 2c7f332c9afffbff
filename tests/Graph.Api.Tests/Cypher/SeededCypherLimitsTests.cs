using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Cypher;

// Locks down the row cap on the real embedded engine behind /cypher: a ten-million-row statement answers its first rows,
// says it was cut, and (PROFILE counts) made only cap + 1 rows.
public sealed class SeededCypherLimitsTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    private const string TenMillion = "UNWIND range(1, 10000000) AS x RETURN x";

    [Fact]
    public async Task Ten_million_row_unwind_answers_the_capped_rows_and_says_it_was_cut()
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", $$"""{"statement":"{{TenMillion}}"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(SeededApiFactory.CypherRowCap, body.GetProperty("rowCount").GetInt32());
        Assert.Equal([1L, 2L, 3L, 4L, 5L], body.GetProperty("rows").EnumerateArray().Select(r => r[0].GetInt64()));
        Assert.True(body.GetProperty("truncated").GetBoolean());
        Assert.Equal("rows", body.GetProperty("truncatedBy").GetString());
        Assert.Equal("true", response.Headers.GetValues("Graph-Truncated").Single());
    }

    [Fact]
    public async Task Profile_of_the_ten_million_row_unwind_counts_cap_plus_one_rows_made()
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", $$"""{"statement":"PROFILE {{TenMillion}}"}"""));

        var body = await response.JsonAsync();
        var columns = body.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
        var unwind = body.GetProperty("rows").EnumerateArray().Single(r => r[columns.IndexOf("Operator")].GetString() == "Unwind");
        Assert.Equal(SeededApiFactory.CypherRowCap + 1, unwind[columns.IndexOf("Rows")].GetInt64());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/csv")]
    public async Task A_single_value_larger_than_the_answer_budget_is_left_out_and_the_cut_is_reported(string accept)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN 1 AS n, range(1, 10000000) AS r"}""", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("true", response.Headers.GetValues("Graph-Truncated").Single());
        // The ten million integers would be about 90 MB of text; the budget is 16 MB.
        Assert.InRange(response.Content.Headers.ContentLength ?? 0, 1, 16 * 1024 * 1024);
        if (accept == "text/csv")
        {
            Assert.Equal("n,r\r\n", await response.Content.ReadAsStringAsync());
            return;
        }
        var body = await response.JsonAsync();
        Assert.Equal(0, body.GetProperty("rowCount").GetInt32());
        Assert.Equal("bytes", body.GetProperty("truncatedBy").GetString());
    }
}
