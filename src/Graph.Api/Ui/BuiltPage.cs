using Microsoft.Extensions.FileProviders;

namespace Graph.Api.Ui;

/// <summary>
/// Serves a Vite-built page (wwwroot/DIRECTORY/index.html) at any address: a &lt;base&gt; pointing at
/// /DIRECTORY/ is put into its head, so its relative asset URLs resolve the same from wherever it is answered.
/// </summary>
internal sealed class BuiltPage(IWebHostEnvironment environment, string directory, string title)
{
    public async Task WriteAsync(HttpContext context)
    {
        var file = environment.WebRootFileProvider.GetFileInfo($"{directory}/index.html");
        if (!file.Exists)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                $"{title} has not been built: run `dotnet build src/Graph.Api` (it needs Node.js and npm).",
                context.RequestAborted);
            return;
        }

        var html = await ReadAsync(file);
        var baseHref = $"{context.Request.PathBase}/{directory}/";
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
