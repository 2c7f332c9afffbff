using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// The rows of a searched pattern part (quantified path patterns, path selectors): each input row's reads become the
/// matcher's row, the matcher walks the part from its bound ends, and each match writes its bindings into a copy
/// of the slot row.
/// </summary>
internal static class PartSearchRows
{
    public static IEnumerable<object?[]> Extend(OperatorContext ctx, PartSearch search, IEnumerable<object?[]> rows)
    {
        foreach (var row in rows)
        {
            var read = Row.Empty;
            foreach (var (name, symbol) in search.Reads) read = read.With(name, row[symbol.Slot]);
            foreach (var m in ctx.Runner.Matcher.SearchPart(search.Part, read, search.SearchWhere, Excluded(search, row)))
            {
                var next = (object?[])row.Clone();
                foreach (var (name, symbol) in search.Binds) next[symbol.Slot] = m.Get(name);
                yield return next;
            }
        }
    }

    /// <summary>The relationships the rest of the MATCH bound in this row: a walk must not take them again.</summary>
    private static HashSet<long>? Excluded(PartSearch search, object?[] row)
    {
        if (search.Excluded.Count == 0) return null;
        var ids = new HashSet<long>();
        foreach (var symbol in search.Excluded)
        {
            switch (row[symbol.Slot])
            {
                case RelRef r:
                    ids.Add(r.Id);
                    break;
                case IEnumerable<object?> list:
                    foreach (var item in list)
                    {
                        if (item is RelRef each) ids.Add(each.Id);
                    }
                    break;
            }
        }
        return ids;
    }
}
