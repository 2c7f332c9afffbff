using Microsoft.Extensions.FileProviders;

namespace Graph.Api.Ui;

/// <summary>
/// Serves the Vite-built GraphiQL page (wwwroot/graphiql/index.html). The page is also answered at
/// /graphql, so a &lt;base&gt; pointing at /graphiql/ is put into its head: its relative asset URLs
/// then resolve the same from either address.
/// </summary>
internal sealed class GraphiQLPage(IWebHostEnvironment environment)
{
    public const string Directory = "graphiql";

    public async Task WriteAsync(HttpContext context)
    {
        var file = environment.WebRootFileProvider.GetFileInfo($"{Directory}/index.html");
        if (!file.Exists)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                "GraphiQL has not been built: run `dotnet build src/Graph.Api` (it needs Node.js and npm).",
                context.RequestAborted);
            return;
        }

        var html = await ReadAsync(file);
        var baseHref = $"{context.Request.PathBase}/{Directory}/";
        html = html.Replace("<head>", $"<head>\n    <base href=\"{System.Net.WebUtility.HtmlEncode(baseHref)}\" />", StringComparison.OrdinalIgnoreCase);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(html, context.RequestAborted);
    }

    private static async Task<string> ReadAsync(IFileInfo file)
    {
        await using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
