namespace Graph.TckRunner.Values;

/// <summary>A node as a TCK table writes it: <c>(:A:B {k: v})</c>.</summary>
internal sealed record ExpectedNode(IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as a TCK table writes it: <c>[:T {k: v}]</c>.</summary>
internal sealed record ExpectedRelationship(string Type, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A path as a TCK table writes it: nodes and relationships alternating, each relationship with its direction.</summary>
internal sealed record ExpectedPath(IReadOnlyList<ExpectedNode> Nodes, IReadOnlyList<(ExpectedRelationship Relationship, bool Forward)> Steps);
