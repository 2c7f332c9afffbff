using System.Text.Json.Nodes;
using Graph.Core.Store;
using Graph.GraphQL;

namespace Graph.CurationSuite;

/// <summary>
/// A fresh seeded graph per test, for tests that change it: runs requests as the test editor and dumps the
/// knowledge graph (every entity and relationship with its properties, the audit trail left out) for before/after
/// comparisons. The store comes from an <see cref="ICurationStore"/> (the embedded engine unless a test says otherwise).
/// </summary>
internal sealed class CurationGraph : IAsyncDisposable
{
    public const string Document = "tdi-2023-04-12-tokayev-aliyev-astana";

    public const string Evidence = "The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties.";

    private CurationGraph(IGraphDatabase database)
    {
        Database = database;
        Recording = new RecordingGraphDatabase(database);
        // A fixed instance id, so recorded statements (translation snapshots) are the same on every run.
        Service = new KnowledgeGraphQL(Recording, new GraphQLOptions { Subscriptions = { InstanceId = "test-instance" } });
    }

    public IGraphDatabase Database { get; }

    public RecordingGraphDatabase Recording { get; }

    public KnowledgeGraphQL Service { get; }

    public static async Task<CurationGraph> SeededAsync(ICurationStore? store = null) =>
        new(await (store ?? EmbeddedCurationStore.Instance).SeededAsync());

    /// <summary>Runs a request as the test editor and returns the parsed response.</summary>
    public async Task<JsonNode> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        JsonNode.Parse((await Service.ExecuteAsync(Curators.AsEditor(query, variables))).Json)!;

    public async Task<JsonNode> RunAsAsync(GraphQLCaller? caller, string query) =>
        JsonNode.Parse((await Service.ExecuteAsync(new GraphQLRequest(query, Caller: caller))).Json)!;

    public async Task<long> CountAsync(string statement) =>
        Convert.ToInt64((await Database.RunAsync(statement, mode: AccessMode.Read)).Records[0][0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every entity and relationship with its properties, in a fixed order; Change records and their counter left out.</summary>
    public async Task<string> DumpAsync()
    {
        var nodes = await Database.RunAsync("MATCH (n) WHERE NOT n:Change AND NOT n:_AuditSeq RETURN labels(n) AS labels, properties(n) AS properties", mode: AccessMode.Read);
        var relationships = await Database.RunAsync(
            "MATCH (a)-[r]->(b) RETURN labels(a) AS a, a.id AS from, type(r) AS type, labels(b) AS b, b.id AS to, properties(r) AS properties", mode: AccessMode.Read);
        var lines = nodes.Records.Select(r => StoredValueText.Of(r["labels"]) + " " + StoredValueText.Of(r["properties"]))
            .Concat(relationships.Records.Select(r => $"{StoredValueText.Of(r["a"])}:{r["from"]} -[{r["type"]}]-> {StoredValueText.Of(r["b"])}:{r["to"]} {StoredValueText.Of(r["properties"])}"))
            .Order(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }

    /// <summary>The audit records, newest first, straight from the store.</summary>
    public async Task<List<Dictionary<string, object?>>> ChangesAsync()
    {
        var result = await Database.RunAsync(
            "MATCH (c:Change) RETURN c.seq AS seq, c.actor AS actor, c.operation AS operation, c.ids AS ids, c.before AS before, c.after AS after, c.at AS at ORDER BY c.seq DESC",
            mode: AccessMode.Read);
        return result.Records.Select(r => r.Keys.ToDictionary(k => k, k => r[k], StringComparer.Ordinal)).ToList();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
