namespace Graph.Core.Model;

/// <summary>
/// A property of an entity or a relationship. <see cref="AllowedValues"/> lists the only values an enum-like
/// String property may take (null: free text); writes with any other value are refused.
/// </summary>
public sealed record PropertyDefinition(string Name, ScalarType Type, bool Required, string Description, IReadOnlyList<string>? AllowedValues = null);
