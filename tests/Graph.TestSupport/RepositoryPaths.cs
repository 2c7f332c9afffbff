namespace Graph.TestSupport;

/// <summary>Paths inside the repository, found by walking up from the test binaries to the folder holding Graph.sln.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Cypher => Path.Combine(Root, "cypher");

    public static string CypherLintTool => Path.Combine(Root, "tools", "cypher-lint");

    /// <summary>Neo4j's GraphQL library run against the embedded engine (tests/compat/neo4j-graphql).</summary>
    public static string Neo4jGraphQLCompat => Path.Combine(Root, "tests", "compat", "neo4j-graphql");

    public static string DockerCompose => Path.Combine(Root, "docker-compose.yml");

    public static string Dockerfile => Path.Combine(Root, "Dockerfile");

    /// <summary>The project's copy of the seed document.</summary>
    public static string SeedDocument => Path.Combine(Root, "data", "corpus", "2023-04-12-tokayev-aliyev-astana.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No Graph.sln in '{AppContext.BaseDirectory}' or any folder above it.");
    }
}
