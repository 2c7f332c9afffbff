using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Graph.Api.Tests.Support;

/// <summary>
/// The service listens for Bolt on 127.0.0.1:7687 by default; hosts started by these tests run side by side
/// and would fight over that port. Every host here starts with Bolt off (an environment variable, the lowest
/// precedence setting); the Bolt tests turn it on with a free port through their own settings.
/// </summary>
internal static class BoltOffByDefault
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "A test assembly: the setting must be in place before any host starts.")]
    internal static void Disable() => Environment.SetEnvironmentVariable("Graph__Bolt__Enabled", "false");
}
