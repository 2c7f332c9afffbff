namespace Graph.Benchmarks.Generation;

/// <summary>One generated entity: its index in the graph and its three short properties.</summary>
internal readonly record struct EntityRow(long Index, string Id, string Name, string Kind);
