using Microsoft.Extensions.Logging;

namespace Graph.Bolt.Server;

/// <summary>The listener's log messages (source-generated, so a disabled level costs nothing).</summary>
internal static partial class BoltLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Bolt listening on {Endpoint}")]
    public static partial void Listening(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bolt is off: cannot listen on {Endpoint} ({Reason}; a local Neo4j?). Set Graph:Bolt:Listen to a free port, or Graph:Bolt:Enabled to false to silence this")]
    public static partial void CannotBind(ILogger logger, string endpoint, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bolt connection {Connection} closed: {Reason}")]
    public static partial void Closed(ILogger logger, string connection, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bolt connection {Connection} ended: {Reason}")]
    public static partial void Ended(ILogger logger, string connection, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bolt connection {Connection}: a request failed unexpectedly")]
    public static partial void RequestFailed(ILogger logger, Exception exception, string connection);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bolt connection {Connection}: no protocol version in common")]
    public static partial void NoVersion(ILogger logger, string connection);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bolt accept failed: {Reason}")]
    public static partial void AcceptFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bolt connection refused: {Max} are open (Graph:Bolt:MaxConnections)")]
    public static partial void TooMany(ILogger logger, int max);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bolt connection failed")]
    public static partial void ConnectionFailed(ILogger logger, Exception exception);
}
