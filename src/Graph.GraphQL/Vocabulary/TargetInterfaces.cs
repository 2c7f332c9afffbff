namespace Graph.GraphQL.Vocabulary;

/// <summary>
/// Named interfaces for relationship fields that reach several entity types, as the Neo4j GraphQL Library would
/// generate a union for them (<c>Agreement.parties: [Party!]!</c>). A field whose targets have no name here is typed
/// with the Entity interface. Members implement the interface, so inline fragments and <c>__typename</c> work.
/// </summary>
internal static class TargetInterfaces
{
    public const string Party = "Party";

    private static readonly Dictionary<string, string[]> Members = new(StringComparer.Ordinal)
    {
        [Party] = ["State", "Ministry", "Organization"],
    };

    public static IEnumerable<string> Names => Members.Keys;

    /// <summary>The member types of a named interface; null for any other name.</summary>
    public static IReadOnlyList<string>? MembersOf(string name) => Members.GetValueOrDefault(name);

    /// <summary>The interface named for exactly these target types; null when none is.</summary>
    public static string? For(IReadOnlyList<string> targets) =>
        Members.FirstOrDefault(m => m.Value.Length == targets.Count && m.Value.All(targets.Contains)).Key;

    /// <summary>The named interfaces a type implements.</summary>
    public static IEnumerable<string> Of(string label) => Members.Where(m => m.Value.Contains(label, StringComparer.Ordinal)).Select(m => m.Key);
}
