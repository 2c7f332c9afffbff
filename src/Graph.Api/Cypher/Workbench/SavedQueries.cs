using Graph.Api.Configuration;
using Graph.Api.Store;
using Microsoft.Extensions.Options;

namespace Graph.Api.Cypher.Workbench;

/// <summary>
/// The analyst queries of <c>cypher/queries/</c> offered by the workbench, read on each request so an edited
/// file shows on reload; none when the service has no cypher folder.
/// </summary>
internal sealed class SavedQueries(IOptions<GraphOptions> options, IWebHostEnvironment environment, ILogger<SavedQueries> logger)
{
    public IReadOnlyList<SavedQuery> All()
    {
        IReadOnlyList<string> files;
        try
        {
            files = CypherFolder.Locate(options.Value.CypherDirectory, environment).QueryFiles();
        }
        catch (DirectoryNotFoundException e)
        {
            logger.LogWarning("No saved Cypher queries for the workbench: {Reason}", e.Message);
            return [];
        }
        var queries = new List<SavedQuery>(files.Count);
        foreach (var file in files)
        {
            try
            {
                queries.Add(SavedQuery.Parse(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file)));
            }
            catch (InvalidDataException e)
            {
                // One broken header leaves that query out rather than the whole list.
                logger.LogWarning("Saved Cypher query left out: {Reason}", e.Message);
            }
        }
        return queries;
    }
}
