namespace Graph.Core.Model;

/// <summary>A property of an entity or a relationship.</summary>
public sealed record PropertyDefinition(string Name, ScalarType Type, bool Required, string Description);
