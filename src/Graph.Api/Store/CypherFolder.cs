using Graph.Core.Migrations;

namespace Graph.Api.Store;

/// <summary>
/// The cypher/ folder the service applies scripts from: the configured one, else cypher/ above the binary
/// (copied there by the build), else above the content root (dotnet run from a checkout).
/// </summary>
internal static class CypherFolder
{
    public static CypherDirectory Locate(string? configured, IWebHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return CypherDirectory.At(configured);
        try
        {
            return CypherDirectory.Locate(startDirectory: AppContext.BaseDirectory);
        }
        catch (DirectoryNotFoundException)
        {
            return CypherDirectory.Locate(startDirectory: environment.ContentRootPath);
        }
    }
}
