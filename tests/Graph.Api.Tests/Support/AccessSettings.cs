using Graph.Api.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Api.Tests.Support;

/// <summary>
/// Reads access options (sign-in, CORS, rate limits) through their registration, with validation, from
/// the given settings. Checked on the registration rather than a host start: a failing start can surface
/// as a disposal race in WebApplicationFactory, which would make the error depend on timing.
/// </summary>
internal static class AccessSettings
{
    public static T Read<T>(IDictionary<string, string?> settings)
        where T : class
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGraphAccess(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<T>>().Value;
    }
}
