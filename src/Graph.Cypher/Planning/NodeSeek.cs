using System.Runtime.CompilerServices;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>How an index finds a pattern's start node.</summary>
internal enum SeekKind
{
    Equal,
    In,
    Prefix,
    Range,
}

/// <summary>
/// The planner's decision to start from an index: which label, property and predicates. Both EXPLAIN and
/// the matcher take it from <see cref="Choose"/>, so the plan printed is the plan run.
/// </summary>
internal sealed record NodeSeek(SeekKind Kind, string Variable, string Label, string Key, bool Unique, IReadOnlyList<SeekHint> Hints, long Estimate)
{
    /// <summary>Neo4j's operator name for the seek.</summary>
    public string Operator => Kind switch
    {
        SeekKind.Equal when Unique => "NodeUniqueIndexSeek",
        SeekKind.Equal or SeekKind.In => "NodeIndexSeek",
        _ => "NodeIndexSeekByRange",
    };

    public string Details =>
        $"{(Unique ? "UNIQUE" : "RANGE INDEX")} {Variable}:{Label}({Key}) WHERE {string.Join(" AND ", Hints.Select(h => $"{Key} {Symbol(h.Predicate)} {ConstantText.Of(h.Value)}"))}";

    /// <summary>
    /// The cheapest index seek for a node among its inline properties and the WHERE's hints, or null when
    /// no range index on one of its required labels covers a hinted property. Estimates follow Neo4j's
    /// shape: a unique seek 1 row, an equality about count/distinct, ranges and prefixes a third of the label.
    /// </summary>
    public static NodeSeek? Choose(NodePattern node, IReadOnlyList<SeekHint> whereHints, IGraphView view)
    {
        var labels = RequiredLabels.Of(node.Labels);
        if (labels.Count == 0) return null;
        var keys = HintsByKey(node, whereHints);
        if (keys.Count == 0) return null;
        var variable = node.Variable ?? "";
        var indexes = view.Indexes;
        NodeSeek? best = null;
        foreach (var label in labels)
        {
            foreach (var (key, hints) in keys)
            {
                var index = RangeIndex(indexes, label, key);
                if (index is null) continue;
                var candidate = Best(variable, label, key, index.OwningConstraint is not null, hints, view);
                if (best is null || candidate.Estimate < best.Estimate) best = candidate;
            }
        }
        return best;
    }

    private static IndexDefinition? RangeIndex(IReadOnlyList<IndexDefinition> indexes, string label, string key)
    {
        for (var n = 0; n < indexes.Count; n++)
        {
            var i = indexes[n];
            if (!i.OnRelationships && i.Kind == IndexKind.Range && i.LabelsOrTypes.Count == 1 && i.LabelsOrTypes[0] == label
                && i.Properties.Count == 1 && i.Properties[0] == key)
            {
                return i;
            }
        }
        return null;
    }

    // The hints of a node depend only on the syntax (its inline map and its MATCH's WHERE), so they are grouped
    // by property once per node pattern and WHERE; the values are still read at seek time.
    private static readonly ConditionalWeakTable<NodePattern, GroupedHints> Grouped = [];

    private sealed record GroupedHints(IReadOnlyList<SeekHint> WhereHints, IReadOnlyList<(string Key, List<SeekHint> Hints)> ByKey);

    private static IReadOnlyList<(string Key, List<SeekHint> Hints)> HintsByKey(NodePattern node, IReadOnlyList<SeekHint> whereHints)
    {
        if (Grouped.TryGetValue(node, out var cached) && ReferenceEquals(cached.WhereHints, whereHints)) return cached.ByKey;
        var variable = node.Variable ?? "";
        var hints = Inline(node, variable).Concat(node.Variable is null ? [] : whereHints.Where(h => h.Variable == node.Variable)).ToList();
        var byKey = hints.Select(h => h.Key).Distinct().Select(k => (k, hints.Where(h => h.Key == k).ToList())).ToList();
        Grouped.AddOrUpdate(node, new GroupedHints(whereHints, byKey));
        return byKey;
    }

    private static NodeSeek Best(string variable, string label, string key, bool unique, List<SeekHint> hints, IGraphView view)
    {
        var count = view.CountNodesWithLabel(label);
        var equal = hints.FirstOrDefault(h => h.Predicate == SeekPredicate.Equal);
        if (equal is not null) return new(SeekKind.Equal, variable, label, key, unique, [equal], unique ? 1 : Math.Max(1, count / 10));
        var inList = hints.FirstOrDefault(h => h.Predicate == SeekPredicate.In);
        if (inList is not null)
        {
            var items = inList.Value is ListLiteral l ? l.Items.Count : 3;
            return new(SeekKind.In, variable, label, key, unique, [inList], unique ? items : Math.Max(1, items * count / 10));
        }
        var prefix = hints.FirstOrDefault(h => h.Predicate == SeekPredicate.StartsWith);
        if (prefix is not null) return new(SeekKind.Prefix, variable, label, key, unique, [prefix], Math.Max(1, count / 10));
        var bounds = hints.Where(h => h.IsLowerBound || h.IsUpperBound).ToList();
        var both = bounds.Any(h => h.IsLowerBound) && bounds.Any(h => h.IsUpperBound);
        return new(SeekKind.Range, variable, label, key, unique, bounds, Math.Max(1, both ? count / 10 : count / 3));
    }

    /// <summary>
    /// Inline properties {key: constant} are equalities too, and so is a property of another variable
    /// (UNWIND $rows AS r MATCH (n:L {id: r.id})): the matcher seeks with it once that variable is bound.
    /// </summary>
    private static IEnumerable<SeekHint> Inline(NodePattern node, string variable) =>
        node.Properties is MapLiteral map
            ? map.Entries
                .Where(e => e.Value is Literal or Parameter || e.Value is PropertyAccess { Subject: Variable source } && source.Name != variable)
                .Select(e => new SeekHint(variable, e.Key, SeekPredicate.Equal, e.Value))
            : [];

    internal static string Symbol(SeekPredicate p) => p switch
    {
        SeekPredicate.Equal => "=",
        SeekPredicate.In => "IN",
        SeekPredicate.StartsWith => "STARTS WITH",
        SeekPredicate.Greater => ">",
        SeekPredicate.GreaterOrEqual => ">=",
        SeekPredicate.Less => "<",
        _ => "<=",
    };
}
