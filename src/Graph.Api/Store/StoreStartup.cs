using Graph.Api.Configuration;
using Graph.Core.Errors;
using Graph.Core.Store;
using Microsoft.Extensions.Options;

namespace Graph.Api.Store;

/// <summary>
/// Opens the store when the host starts so a wrong configuration is reported at once, in the log,
/// rather than on the first request. The host keeps serving (GraphiQL, /healthz answering 503).
/// </summary>
internal sealed partial class StoreStartup(IServiceProvider services, IOptions<GraphOptions> options, ILogger<StoreStartup> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = services.GetRequiredService<IGraphDatabase>();
            LogStoreOpened(logger, options.Value.Store, options.Value.Seed);
        }
        catch (GraphException e)
        {
            LogStoreUnavailable(logger, options.Value.Store, e.Message);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph store {Store} opened (seed: {Seed})")]
    private static partial void LogStoreOpened(ILogger logger, StoreKind store, bool seed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Graph store {Store} is unavailable: {Reason}")]
    private static partial void LogStoreUnavailable(ILogger logger, StoreKind store, string reason);
}
