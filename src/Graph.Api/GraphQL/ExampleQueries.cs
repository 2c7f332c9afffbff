using Graph.Api.Configuration;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL;

/// <summary>One example query from <c>examples/graphql/NAME.graphql</c>.</summary>
internal sealed record ExampleQuery(string Name, string Query);

/// <summary>
/// The README's example queries, read once from <c>examples/graphql/*.graphql</c> (configured, or found
/// by walking up from the content root, which covers <c>dotnet run</c> and the tests).
/// </summary>
internal sealed class ExampleQueries(IOptions<GraphQLHttpOptions> options, IWebHostEnvironment environment)
{
    private readonly Lazy<IReadOnlyList<ExampleQuery>> _all = new(() => Load(options.Value.ExamplesDirectory, environment.ContentRootPath));

    public IReadOnlyList<ExampleQuery> All => _all.Value;

    private static IReadOnlyList<ExampleQuery> Load(string? configured, string contentRoot)
    {
        var directory = string.IsNullOrEmpty(configured) ? Find(contentRoot) ?? Find(AppContext.BaseDirectory) : configured;
        if (directory is null || !Directory.Exists(directory)) return [];
        return Directory.EnumerateFiles(directory, "*.graphql")
            .Order(StringComparer.Ordinal)
            .Select(f => new ExampleQuery(System.IO.Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)))
            .ToList();
    }

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "examples", "graphql");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
