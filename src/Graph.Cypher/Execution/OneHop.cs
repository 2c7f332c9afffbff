using System.Runtime.CompilerServices;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>
/// A pattern of one fixed relationship read from a node the row already binds, e.g. <c>(m)-[:T]-&gt;(a:L)</c>:
/// the shape of nested GraphQL fields. Such a pattern needs no start search, no relationship-uniqueness
/// set and no path, so it is read as one expansion (see <c>PatternMatcher.OneHop.cs</c>). The start may be
/// either end; <see cref="For"/> lists the orientations that qualify, left end first.
/// </summary>
/// <remarks>Only plain node patterns qualify as the start, and the far end may carry labels but no properties
/// or WHERE; anything else takes the general walk.</remarks>
internal sealed record OneHop(
    string Start,
    string? Relationship,
    string? End,
    LabelExpression? EndLabels,
    RelationshipDirection Direction,
    LabelExpression? Types)
{
    private static readonly ConditionalWeakTable<PatternPart, IReadOnlyList<OneHop>> Cache = [];

    public static IReadOnlyList<OneHop> For(PatternPart part) => Cache.GetValue(part, static p => Orientations(p));

    private static IReadOnlyList<OneHop> Orientations(PatternPart part)
    {
        if (part.Selector != PathSelector.All || part.PathVariable is not null || part.Relationships.Count != 1) return [];
        // Dynamic labels are resolved per row by the general walk.
        if (Syntax.Analysis.DynamicLabelTerms.In(part)) return [];
        var rel = part.Relationships[0];
        if (rel.Length is not null || rel.Properties is not null || rel.Where is not null) return [];
        if (rel.Types is not null && !PatternMatcher.IsTypeList(rel.Types)) return [];
        var result = new List<OneHop>(2);
        var (left, right) = (part.Nodes[0], part.Nodes[1]);
        if (IsPlainStart(left) && CanEnd(right, left, rel))
        {
            result.Add(new OneHop(left.Variable!, rel.Variable, right.Variable, right.Labels, rel.Direction, rel.Types));
        }
        if (IsPlainStart(right) && CanEnd(left, right, rel))
        {
            result.Add(new OneHop(right.Variable!, rel.Variable, left.Variable, left.Labels, Reverse(rel.Direction), rel.Types));
        }
        return result;
    }

    private static bool IsPlainStart(NodePattern node) =>
        node.Variable is not null && node.Labels is null && node.Properties is null && node.Where is null;

    // Both ends naming one variable, or the relationship reusing one, is a join the general walk handles.
    private static bool CanEnd(NodePattern end, NodePattern start, RelationshipPattern rel) =>
        end.Properties is null && end.Where is null
        && (end.Variable is null || end.Variable != start.Variable)
        && (rel.Variable is null || (rel.Variable != start.Variable && rel.Variable != end.Variable));

    private static RelationshipDirection Reverse(RelationshipDirection direction) => direction switch
    {
        RelationshipDirection.Outgoing => RelationshipDirection.Incoming,
        RelationshipDirection.Incoming => RelationshipDirection.Outgoing,
        _ => RelationshipDirection.Both,
    };
}
