namespace Graph.Api.Tests.Support;

/// <summary>Files of the repository the tests read as data: the seed scripts and the example queries.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<string> ExampleQueries() =>
        Directory.GetFiles(Path.Combine(Root, "examples", "graphql"), "*.graphql").Order(StringComparer.Ordinal).ToList();

    public static string Read(params string[] parts) => File.ReadAllText(Path.Combine([Root, .. parts]));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Graph.sln not found above the test output.");
    }
}
