using Graph.Core.Errors;

namespace Graph.Cypher.Execution.LoadCsv;

/// <summary>
/// Resolves a LOAD CSV URL the way Neo4j does with server.directories.import set: only file URLs, read relative
/// to the import directory as if it were the file system root; anything that would leave it is refused.
/// </summary>
internal sealed record ImportUrl(string FullPath, string DisplayPath)
{
    public static ImportUrl Resolve(string url, string? importDirectory)
    {
        if (string.IsNullOrWhiteSpace(importDirectory))
        {
            throw Refused(url, "LOAD CSV is disabled on this server: no import directory is configured (server.directories.import; here Graph:ImportDirectory or --import-dir)");
        }

        var colon = url.IndexOf(':');
        if (colon <= 0)
        {
            throw new GraphException(ErrorCodes.ExternalResourceFailed, $"Invalid URL '{url}': no protocol: {url}", ErrorPhase.Runtime);
        }

        var scheme = url[..colon];
        if (!scheme.Equals("file", StringComparison.OrdinalIgnoreCase))
        {
            throw Refused(url, $"loading resources via protocol '{scheme.ToLowerInvariant()}' is not permitted by this server (only file:/// URLs inside the import directory)");
        }

        // file:///a.csv, file:/a.csv and file://a.csv all name a.csv in the import directory.
        var relative = Uri.UnescapeDataString(url[(colon + 1)..]).TrimStart('/', '\\');
        if (relative.Length == 0 || relative.Contains('\0'))
        {
            throw new GraphException(ErrorCodes.ExternalResourceFailed, $"Invalid URL '{url}': no file name", ErrorPhase.Runtime);
        }

        var root = Path.GetFullPath(importDirectory);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var rootWithSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw Refused(url, "the path leaves the import directory (server.directories.import)");
        }

        return new ImportUrl(full, "/" + Path.GetRelativePath(root, full).Replace('\\', '/'));
    }

    private static GraphException Refused(string url, string reason) =>
        new(ErrorCodes.ExternalResourceFailed, $"Cannot load from URL '{url}': {reason}", ErrorPhase.Runtime);
}
