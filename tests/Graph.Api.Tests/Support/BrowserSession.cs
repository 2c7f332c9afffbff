using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Support;

/// <summary>
/// A host served over Kestrel on a free port and a page in headless Chromium pointed at it; the browser
/// tests' common start.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page, string origin)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        Origin = origin;
    }

    public IPage Page { get; }

    /// <summary>scheme://host:port of the running host.</summary>
    public string Origin { get; }

    public static async Task<BrowserSession> StartAsync(WebApplicationFactory<Program> factory)
    {
        // Listen on a free loopback port through Kestrel's options, not UseKestrel(port): the port overload
        // rewrites the address list after the app has started Kestrel on its own thread, and loses that race
        // now and then ("Addresses cannot be modified after the server has started"; dotnet/aspnetcore#67714).
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        using var client = factory.CreateClient();
        var origin = client.BaseAddress!.GetLeftPart(UriPartial.Authority);
        var playwright = await Playwright.CreateAsync();
        var browser = await HeadlessChromium.LaunchAsync(playwright);
        return new BrowserSession(playwright, browser, await browser.NewPageAsync(), origin);
    }

    public Task GotoAsync(string path) => Page.GotoAsync(Origin + path);

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
