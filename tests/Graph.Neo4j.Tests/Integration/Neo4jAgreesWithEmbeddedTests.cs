using System.Text.Json;
using Graph.Core.Migrations;
using Graph.Core.Scripts;
using Graph.Core.Store;
using Graph.Cypher;
using Graph.GraphQL;
using Graph.TestSupport;

namespace Graph.Neo4j.Tests.Integration;

// Locks down that a real Neo4j 5 and the embedded engine give the same answers: the seed applied by the
// migration runner, every analyst query, and every example GraphQL query through the same translator.
// Needs a Docker engine (Testcontainers, generic neo4j:5 image); skipped with the reason otherwise.
public sealed class Neo4jAgreesWithEmbeddedTests : IClassFixture<Neo4jContainerFixture>, IAsyncLifetime
{
    private readonly Neo4jContainerFixture _neo4j;
    private readonly EmbeddedGraphDatabase _embedded = new();
    private Neo4jGraphDatabase? _remote;

    public Neo4jAgreesWithEmbeddedTests(Neo4jContainerFixture neo4j) => _neo4j = neo4j;

    public async Task InitializeAsync()
    {
        var cypher = CypherDirectory.At(RepositoryPaths.Cypher);
        await new MigrationRunner(_embedded).ApplyAsync(cypher);
        if (!_neo4j.Available) return;
        _remote = new Neo4jGraphDatabase(_neo4j.Options);
        await new MigrationRunner(_remote).ApplyAsync(cypher);
    }

    public async Task DisposeAsync()
    {
        await _embedded.DisposeAsync();
        if (_remote is not null) await _remote.DisposeAsync();
    }

    public static TheoryData<string> AnalystQueries() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Cypher, "queries"), "*.cypher").Select(f => Path.GetFileName(f)!).Order()];

    public static TheoryData<string> GraphQLExamples() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "examples", "graphql"), "*.graphql").Select(f => Path.GetFileName(f)!).Order()];

    [SkippableTheory]
    [MemberData(nameof(AnalystQueries))]
    public async Task Analyst_queries_answer_alike(string file)
    {
        Skip.IfNot(_neo4j.Available, _neo4j.Reason);
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Cypher, "queries", file));
        var statement = Assert.Single(CypherScript.Split(text)).Text;
        var parameters = ParametersOf(text);
        var expected = await _embedded.RunAsync(statement, parameters, AccessMode.Read);
        var actual = await _remote!.RunAsync(statement, parameters, AccessMode.Read);
        Assert.Equal(expected.Columns, actual.Columns);
        Assert.Equal(Canonical(expected), Canonical(actual));
    }

    [SkippableTheory]
    [MemberData(nameof(GraphQLExamples))]
    public async Task GraphQL_examples_answer_alike(string file)
    {
        Skip.IfNot(_neo4j.Available, _neo4j.Reason);
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "examples", "graphql", file));
        var embedded = await new KnowledgeGraphQL(_embedded).ExecuteAsync(new GraphQLRequest(query));
        var remote = await new KnowledgeGraphQL(_remote!).ExecuteAsync(new GraphQLRequest(query));
        Assert.Equal(GraphQLOutcome.Executed, remote.Outcome);
        Assert.Equal(WithoutScores(embedded.Json), WithoutScores(remote.Json));
    }

    private static Dictionary<string, object?> ParametersOf(string text)
    {
        var line = text.Split('\n').First(l => l.StartsWith("// params:", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(line["// params:".Length..]);
        return json.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => (object?)(p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetInt64() : p.Value.GetString()));
    }

    /// <summary>Rows as text, with entities reduced to labels and properties (ids differ between stores).</summary>
    private static List<string> Canonical(QueryResult result) =>
        result.Records.Select(r => string.Join(" | ", r.Values.Select(Text))).ToList();

    private static string Text(object? value) => value switch
    {
        null => "null",
        Core.Values.Node n => "(" + string.Join(":", n.Labels.Order()) + " " + Text(n.Properties) + ")",
        Core.Values.Relationship r => "[" + r.Type + " " + Text(r.Properties) + "]",
        IReadOnlyDictionary<string, object?> m => "{" + string.Join(", ", m.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + ": " + Text(kv.Value))) + "}",
        string s => "'" + s + "'",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Text)) + "]",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Full-text scores are Lucene's on Neo4j and BM25-like here: compare the hits, not the numbers.</summary>
    private static string WithoutScores(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"score\":[-0-9.eE+]+", "\"score\":0");
}
