using System.Text.Json.Nodes;
using Graph.Core.Migrations;
using Graph.Cypher;
using Graph.GraphQL;
using Graph.TestSupport;

namespace Graph.Compat.Tests;

/// <summary>
/// Runs every case once, shared by the tests: the library over `graph cypher --jsonl` on a seeded data
/// directory, and the shared cases through the project's own GraphQL service on the same seed in process.
/// </summary>
public sealed class LibraryRunFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "graph-compat-" + Guid.NewGuid().ToString("N"));

    public LibraryRun Run { get; private set; } = null!;

    public IReadOnlyDictionary<string, JsonNode?> ProjectAnswers { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var (code, output, error) = GraphCli.Run("seed", "--data", _directory, "--cypher", RepositoryPaths.Cypher);
        if (code != 0) throw new InvalidOperationException($"graph seed failed ({code}):\n{output}\n{error}");
        Run = await Neo4jGraphQLLibrary.RunAsync(_directory, [.. CompatCases.Shared, .. CompatCases.LibraryOnly]);
        ProjectAnswers = await AskProjectAsync();
    }

    private static async Task<IReadOnlyDictionary<string, JsonNode?>> AskProjectAsync()
    {
        using var database = new EmbeddedGraphDatabase();
        await new MigrationRunner(database).ApplyAsync(CypherDirectory.At(RepositoryPaths.Cypher));
        var service = new KnowledgeGraphQL(database);
        var answers = new Dictionary<string, JsonNode?>();
        foreach (var c in CompatCases.Shared)
        {
            // Mutations among the shared cases (update operators) run as an editor, as the library runs them unchecked.
            var result = await service.ExecuteAsync(new GraphQLRequest(c.Query, Caller: GraphQLCaller.Of("compat-suite", Roles.Editor)));
            answers[c.Name] = JsonNode.Parse(result.Json);
        }
        return answers;
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
        File.Delete(_directory + ".job.json");
        return Task.CompletedTask;
    }
}
