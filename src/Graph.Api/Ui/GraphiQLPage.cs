namespace Graph.Api.Ui;

/// <summary>The Vite-built GraphiQL page (ui/graphiql), answered at /graphql and /graphiql.</summary>
internal sealed class GraphiQLPage(IWebHostEnvironment environment)
{
    public const string Directory = "graphiql";

    private readonly BuiltPage _page = new(environment, Directory, "GraphiQL");

    public Task WriteAsync(HttpContext context) => _page.WriteAsync(context);
}
