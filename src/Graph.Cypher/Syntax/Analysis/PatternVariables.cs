using System.Runtime.CompilerServices;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Analysis;

/// <summary>The variables a pattern declares, in order of appearance (paths, nodes, relationships).</summary>
internal static class PatternVariables
{
    private static readonly ConditionalWeakTable<Pattern, IReadOnlyList<string>> Cache = [];

    /// <summary>Worked out once per pattern: a MATCH inside a subquery asks again for every outer row.</summary>
    public static IReadOnlyList<string> Of(Pattern pattern) =>
        Cache.GetValue(pattern, static p => p.Parts.SelectMany(Of).Distinct().ToList());

    public static IEnumerable<string> Of(PatternPart part)
    {
        if (part.PathVariable is not null) yield return part.PathVariable;
        for (var i = 0; i < part.Nodes.Count; i++)
        {
            if (part.Nodes[i].Variable is { } n) yield return n;
            if (i < part.Relationships.Count && part.Relationships[i].Variable is { } r) yield return r;
            // A quantified path pattern's variables are group variables of the part (lists); hidden names stay inside.
            if (i < part.Relationships.Count && part.Relationships[i].Group is { } group)
            {
                foreach (var v in GroupVariables(group)) yield return v;
            }
        }
    }

    /// <summary>The variables a quantified path pattern binds once per iteration, in order of appearance.</summary>
    public static IEnumerable<string> GroupVariables(PatternPart group) => Of(group).Where(v => !v.StartsWith(' '));
}
