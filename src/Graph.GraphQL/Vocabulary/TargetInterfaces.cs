namespace Graph.GraphQL.Vocabulary;

/// <summary>
/// Named interfaces for relationship fields that reach several entity types, as the Neo4j GraphQL Library would
/// generate a union for them (<c>Agreement.parties: [Party!]!</c>). A field whose targets have no name here is typed
/// with the Entity interface. Members implement the interface, so inline fragments and <c>__typename</c> work.
/// </summary>
internal static class TargetInterfaces
{
    public const string Party = "Party";

    private static readonly Dictionary<string, (string[] Members, string Description)> Interfaces = new(StringComparer.Ordinal)
    {
        // Agreement.parties (PARTY_TO).
        [Party] = (["State", "Ministry", "Organization"], "A party to an agreement: a state, ministry or organization."),
        // State.institutions (PART_OF).
        ["Institution"] = (["Ministry", "Organization"], "A body of a state: a ministry or organization."),
        // Event.heldIn (HELD_IN); State.locations and Place.locations (LOCATED_IN).
        ["Location"] = (["Place", "Facility"], "Where something is or takes place: a place or facility."),
        // Place.locatedIn and Facility.locatedIn (LOCATED_IN).
        ["Area"] = (["Place", "State"], "What a place or facility lies in: a place or state."),
    };

    private static readonly Dictionary<string, string[]> Members = Interfaces.ToDictionary(i => i.Key, i => i.Value.Members, StringComparer.Ordinal);

    public static IEnumerable<string> Names => Members.Keys;

    /// <summary>What a named interface stands for, in a sentence.</summary>
    public static string DescriptionOf(string name) => Interfaces[name].Description;

    /// <summary>The member types of a named interface; null for any other name.</summary>
    public static IReadOnlyList<string>? MembersOf(string name) => Members.GetValueOrDefault(name);

    /// <summary>The interface named for exactly these target types; null when none is.</summary>
    public static string? For(IReadOnlyList<string> targets) =>
        Members.FirstOrDefault(m => m.Value.Length == targets.Count && m.Value.All(targets.Contains)).Key;

    /// <summary>The named interfaces a type implements.</summary>
    public static IEnumerable<string> Of(string label) => Members.Where(m => m.Value.Contains(label, StringComparer.Ordinal)).Select(m => m.Key);
}
