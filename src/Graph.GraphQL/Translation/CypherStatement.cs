using Graph.Core.Store;

namespace Graph.GraphQL.Translation;

/// <summary>The one statement a GraphQL operation becomes: text, parameters, access mode and the root columns.</summary>
internal sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters, AccessMode Mode, IReadOnlyList<string> Columns);
