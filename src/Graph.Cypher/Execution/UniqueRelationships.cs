using System.Runtime.CompilerServices;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>
/// Whether a pattern needs the set of relationships already bound (relationship isomorphism): only when it can
/// bind more than one relationship. A single fixed-length hop cannot repeat itself, so it skips the set.
/// </summary>
internal static class UniqueRelationships
{
    private static readonly ConditionalWeakTable<object, object> Cache = [];

    public static bool Needed(IReadOnlyList<PatternPart> parts) =>
        (bool)Cache.GetValue(parts, static p => Count((IReadOnlyList<PatternPart>)p) > 1);

    public static bool Needed(PatternPart part) => (bool)Cache.GetValue(part, static p => Count([(PatternPart)p]) > 1);

    // A variable-length hop counts as many: it can bind several relationships by itself.
    private static int Count(IReadOnlyList<PatternPart> parts)
    {
        var count = 0;
        foreach (var part in parts)
        {
            foreach (var rel in part.Relationships) count += rel.Length is null ? 1 : 2;
        }
        return count;
    }
}
