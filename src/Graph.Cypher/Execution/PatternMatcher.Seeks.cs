using Graph.Core.Values;
using Graph.Cypher.Planning;
using Graph.Cypher.Storage.Indexing;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>Running an index seek the planner chose; null means "cannot seek on these values", and the caller scans.</summary>
internal sealed partial class PatternMatcher
{
    internal IEnumerable<long>? Seek(NodeSeek seek, Row row)
    {
        var hint = seek.Hints[0];
        // A value read from a variable this row has not bound yet cannot drive a seek: scan instead.
        if (seek.Hints.Any(h => h.Value is PropertyAccess { Subject: Variable source } && !row.Has(source.Name))) return null;
        switch (seek.Kind)
        {
            case SeekKind.Equal:
            {
                // x = null is never true, so a null value finds nothing.
                var value = Eval.Evaluate(hint.Value, row);
                return value is null ? [] : Graph.SeekNodes(seek.Label, seek.Key, value);
            }
            case SeekKind.In:
                return SeekIn(seek, Eval.Evaluate(hint.Value, row));
            case SeekKind.Prefix:
            {
                var value = Eval.Evaluate(hint.Value, row);
                return value switch
                {
                    null => [],
                    string prefix => Graph.SeekNodesByPrefix(seek.Label, seek.Key, prefix),
                    _ => null,
                };
            }
            default:
                return SeekRange(seek, row);
        }
    }

    /// <summary>IN as one equality seek per distinct non-null item (null items match nothing); each node once.</summary>
    private IEnumerable<long>? SeekIn(NodeSeek seek, object? list)
    {
        if (list is null) return [];
        // A non-list right side is a type error WHERE must raise; scanning lets it.
        if (list is not IReadOnlyList<object?> items) return null;
        var found = new List<long>();
        var seen = new HashSet<long>();
        foreach (var item in items)
        {
            if (item is null) continue;
            var ids = Graph.SeekNodes(seek.Label, seek.Key, item);
            if (ids is null) return null;
            foreach (var id in ids)
            {
                if (seen.Add(id)) found.Add(id);
            }
        }
        return found;
    }

    /// <summary>
    /// Combined bounds as one inclusive range (strictness is left to WHERE): a null bound makes its
    /// comparison null, so nothing matches; bounds of different types can never hold together.
    /// </summary>
    private IEnumerable<long>? SeekRange(NodeSeek seek, Row row)
    {
        object? lower = null, upper = null;
        int? group = null;
        foreach (var hint in seek.Hints)
        {
            var value = Eval.Evaluate(hint.Value, row);
            if (value is null) return [];
            if (value is int i) value = (long)i;
            if (!Orderable(value)) return null;
            var g = ValueOrder.Group(value);
            if (group is not null && group != g) return [];
            group = g;
            if (hint.IsLowerBound)
            {
                if (lower is null || ValueOrder.Instance.Compare(value, lower) > 0) lower = value;
            }
            else if (upper is null || ValueOrder.Instance.Compare(value, upper) < 0)
            {
                upper = value;
            }
        }
        if (lower is null && upper is null) return null;
        return Graph.SeekNodesByRange(seek.Label, seek.Key, lower, upper);
    }

    // Types whose index order is exactly Cypher's comparison order (zoned times compare by instant, so are left out).
    private static bool Orderable(object value) =>
        value is long or double or string or CypherDate or CypherLocalTime or CypherLocalDateTime;
}
