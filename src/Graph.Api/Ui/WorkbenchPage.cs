namespace Graph.Api.Ui;

/// <summary>The Vite-built Cypher workbench (ui/workbench), answered at /cypher.</summary>
internal sealed class WorkbenchPage(IWebHostEnvironment environment)
{
    public const string Directory = "workbench";

    private readonly BuiltPage _page = new(environment, Directory, "The Cypher workbench");

    public Task WriteAsync(HttpContext context) => _page.WriteAsync(context);
}
