namespace Graph.Benchmarks.Generation;

/// <summary>One label of the generated graph: its share of the entities, id prefix and the values of its "kind" property.</summary>
internal sealed record EntityKind(string Label, string Prefix, double Share, int Minimum, string[] Kinds);
