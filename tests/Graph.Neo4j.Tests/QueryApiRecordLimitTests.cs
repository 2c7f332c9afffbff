using Graph.Core.Store;

namespace Graph.Neo4j.Tests;

// Locks down the record limit on Neo4j: the Query API always sends the whole answer, so the store keeps the first records and says there were more.
public sealed class QueryApiRecordLimitTests : IDisposable
{
    private readonly FakeQueryApi _api = new();

    [Theory]
    [InlineData(2, new long[] { 1, 2 }, true)]
    [InlineData(3, new long[] { 1, 2, 3 }, false)]
    public async Task Limited_run_keeps_the_first_records_and_reports_a_cut(int maxRecords, long[] expected, bool hasMore)
    {
        _api.Respond(202, """{"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"1"}],[{"$type":"Integer","_value":"2"}],[{"$type":"Integer","_value":"3"}]]},"bookmarks":[]}""");
        await using IGraphDatabase db = new Neo4jGraphDatabase(new Neo4jOptions { Uri = _api.Uri });

        var result = await db.RunLimitedAsync("UNWIND [1, 2, 3] AS x RETURN x", null, AccessMode.Read, maxRecords);

        Assert.Equal(expected.Cast<object?>(), result.Records.Select(r => r[0]));
        Assert.Equal(hasMore, result.HasMore);
        Assert.Contains("\"accessMode\":\"Read\"", Assert.Single(_api.Requests).Body, StringComparison.Ordinal);
    }

    public void Dispose() => _api.Dispose();
}
