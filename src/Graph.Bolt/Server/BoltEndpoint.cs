using System.Globalization;
using System.Net;

namespace Graph.Bolt.Server;

/// <summary>Reads <see cref="BoltOptions.Listen"/>: <c>host:port</c>, <c>[v6]:port</c>, <c>*:port</c> or <c>localhost:port</c>.</summary>
public static class BoltEndpoint
{
    public static IPEndPoint Parse(string listen)
    {
        var colon = listen.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(listen.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > IPEndPoint.MaxPort)
        {
            throw new FormatException($"Graph:Bolt:Listen must be host:port, not '{listen}'.");
        }
        var host = listen[..colon].Trim('[', ']');
        var address = host switch
        {
            "*" or "0.0.0.0" => IPAddress.Any,
            "::" => IPAddress.IPv6Any,
            "localhost" => IPAddress.Loopback,
            _ when IPAddress.TryParse(host, out var parsed) => parsed,
            _ => throw new FormatException($"Graph:Bolt:Listen needs an IP address, '*' or 'localhost', not '{host}'."),
        };
        return new IPEndPoint(address, port);
    }
}
