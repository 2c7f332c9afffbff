namespace Graph.Bolt.Server;

/// <summary>The Bolt listener, bound from <c>Graph:Bolt</c>.</summary>
public sealed class BoltOptions
{
    public const string Section = "Graph:Bolt";

    public bool Enabled { get; set; } = true;

    /// <summary>host:port to listen on; port 0 takes a free one (tests). Loopback by default: open it up deliberately.</summary>
    public string Listen { get; set; } = "127.0.0.1:7687";

    /// <summary>Connections open at once; one more is closed right after it is accepted.</summary>
    public int MaxConnections { get; set; } = 100;

    /// <summary>A connection that sends nothing for this long is closed (its open transaction rolls back).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Time allowed for the 20 handshake bytes.</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest request message (all its chunks together).</summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;
}
