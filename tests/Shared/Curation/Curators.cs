using Graph.GraphQL;

namespace Graph.CurationSuite;

/// <summary>
/// The one place tests get a caller: every mutation (and every read of the audit trail) runs as an editor, so the
/// tests keep passing once mutations need the editor role.
/// </summary>
internal static class Curators
{
    public static GraphQLCaller Editor { get; } = GraphQLCaller.Of("test-editor", Roles.Editor);

    public static GraphQLRequest AsEditor(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        new(query, Variables: variables, Caller: Editor);
}
