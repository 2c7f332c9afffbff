namespace Graph.Bolt.Protocol;

/// <summary>What a session tells its client about the server and this connection.</summary>
public sealed record BoltSessionInfo(string ConnectionId, string ServerAgent, string AdvertisedAddress, TimeSpan IdleTimeout)
{
    /// <summary>Called with an unexpected error before the client gets its generic FAILURE (for the server log).</summary>
    public Action<Exception>? OnError { get; init; }
}
