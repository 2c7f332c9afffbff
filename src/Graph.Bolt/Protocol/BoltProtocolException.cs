namespace Graph.Bolt.Protocol;

/// <summary>A byte stream that breaks Bolt's framing or message rules; the connection is closed.</summary>
public sealed class BoltProtocolException(string message) : Exception(message);
