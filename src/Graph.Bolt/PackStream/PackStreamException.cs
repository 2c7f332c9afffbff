namespace Graph.Bolt.PackStream;

/// <summary>Bytes that are not valid PackStream (or exceed its limits); the connection that sent them is closed.</summary>
public sealed class PackStreamException(string message) : Exception(message);
