using Microsoft.Playwright;

namespace Graph.Api.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (never Playwright's own browser download). The flags keep
/// it from reaching for the network this machine does not have.
/// </summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static void SkipUnlessInstalled() =>
        Skip.IfNot(File.Exists(ExecutablePath), $"{ExecutablePath} is missing (apt-get install -y chromium); the browser test needs Debian's Chromium.");

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        ],
    });
}
