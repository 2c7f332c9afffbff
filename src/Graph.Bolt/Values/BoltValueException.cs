namespace Graph.Bolt.Values;

/// <summary>A parameter value Bolt can carry but the graph cannot take (a node as a parameter, a date past 9999, …).</summary>
public sealed class BoltValueException(string message) : Exception(message);
