using Graph.Core.Store;

namespace Graph.GraphQL.Translation;

/// <summary>
/// The one statement a GraphQL operation becomes: text, parameters, access mode, the root columns, and the checks
/// its result must pass.
/// </summary>
internal sealed record CypherStatement(
    string Text,
    IReadOnlyDictionary<string, object?> Parameters,
    AccessMode Mode,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ResultCheck>? Checks = null);
