namespace Graph.Core.Migrations;

/// <summary>
/// The project's <c>cypher/</c> folder: <c>schema.cypher</c>, <c>seed/*.cypher</c>, <c>queries/*.cypher</c>.
/// Found from a configured path, else by walking up from the application's base directory
/// (the API and CLI copy <c>cypher/</c> next to their binaries; tests find the repository's copy).
/// </summary>
public sealed class CypherDirectory
{
    public const string SchemaFileName = "schema.cypher";

    private CypherDirectory(string root) => Root = root;

    public string Root { get; }

    public string SchemaFile => Path.Combine(Root, SchemaFileName);

    public string SeedDirectory => Path.Combine(Root, "seed");

    public string QueriesDirectory => Path.Combine(Root, "queries");

    /// <summary>Seed scripts in the order they apply: ordinal file-name order (01-…, 02-…).</summary>
    public IReadOnlyList<string> SeedFiles() => Files(SeedDirectory);

    public IReadOnlyList<string> QueryFiles() => Files(QueriesDirectory);

    /// <summary>Name of a script as recorded by migrations: its path below the root with forward slashes.</summary>
    public string NameOf(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');

    public static CypherDirectory At(string root)
    {
        var full = Path.GetFullPath(root);
        if (!File.Exists(Path.Combine(full, SchemaFileName)))
        {
            throw new DirectoryNotFoundException($"'{full}' is not a cypher folder: it has no {SchemaFileName}.");
        }
        return new CypherDirectory(full);
    }

    /// <summary>The configured folder when given, else the nearest <c>cypher/</c> above <paramref name="startDirectory"/>.</summary>
    public static CypherDirectory Locate(string? configuredPath = null, string? startDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath)) return At(configuredPath);
        var start = startDirectory ?? AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "cypher");
            if (File.Exists(Path.Combine(candidate, SchemaFileName))) return new CypherDirectory(candidate);
        }
        throw new DirectoryNotFoundException(
            $"No cypher/{SchemaFileName} found in '{start}' or any folder above it; set Graph:CypherDirectory to the cypher folder.");
    }

    private static IReadOnlyList<string> Files(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.cypher").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToArray()
            : [];
}
