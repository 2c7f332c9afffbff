using System.Net;
using System.Text.RegularExpressions;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Ui;

// Locks down the offline GraphiQL bundle: built by dotnet build, served with all its assets, and loading nothing from outside.
public sealed partial class GraphiQLAssetTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Page_and_every_referenced_asset_are_served()
    {
        using var client = factory.CreateClient();
        using var page = await client.GetAsync("/graphiql/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();

        var assets = AssetReference().Matches(html).Select(m => m.Groups["path"].Value).ToList();
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await client.GetAsync("/graphiql/" + asset.TrimStart('.', '/'));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset} answered {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Nothing_is_loaded_from_another_origin()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/graphiql/");
        Assert.DoesNotMatch(ExternalHtmlReference(), html);

        var assets = Directory.GetFiles(Path.Combine(WebRoot(), "graphiql", "assets"));
        Assert.NotEmpty(assets);
        foreach (var css in assets.Where(a => a.EndsWith(".css", StringComparison.Ordinal)))
        {
            Assert.DoesNotMatch(ExternalCssReference(), await File.ReadAllTextAsync(css));
        }
        foreach (var js in assets.Where(a => a.EndsWith(".js", StringComparison.Ordinal)))
        {
            // Links in help texts are fine; code that imports or fetches from a URL is not.
            Assert.DoesNotMatch(ExternalJsImport(), await File.ReadAllTextAsync(js));
        }
    }

    [Fact]
    public async Task Graphql_page_has_a_base_so_relative_assets_resolve_under_graphiql()
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.Get("/graphql", "text/html"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Matches("<head>\\s*<base href=\"/graphiql/\" />", html);
        Assert.Contains("src=\"./assets/", html, StringComparison.Ordinal);
    }

    internal static string WebRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Graph.Api", "wwwroot");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("src/Graph.Api/wwwroot not found above the test output.");
    }

    [GeneratedRegex("(?:src|href)=\"(?<path>\\./assets/[^\"]+)\"")]
    private static partial Regex AssetReference();

    [GeneratedRegex("(?:src|href)=\"(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalHtmlReference();

    [GeneratedRegex("(?:url\\(\\s*['\"]?(?:https?:)?//|@import\\s+(?:url\\()?['\"]?(?:https?:)?//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalCssReference();

    [GeneratedRegex("(?:import\\s*\\(\\s*['\"`]https?://|from\\s*['\"]https?://|importScripts\\s*\\(\\s*['\"]https?://)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalJsImport();
}
