using Graph.Cypher.Execution.Operators;

namespace Graph.Cypher.Execution.Profiling;

/// <summary>
/// PROFILE around a planned operator: counts the rows it yields and, around each pull, makes it the owner of
/// the store reads (a child takes over while it is pulled and hands back), so db hits are exclusive per operator;
/// the time of each pull is kept too, and a parent's own time is its pulls' less its children's.
/// </summary>
internal static class OperatorProfile
{
    public static IEnumerable<object?[]> Wrap(PlanOperator op, IEnumerable<object?[]> rows, ProfileStats stats)
    {
        var outer = stats.Operator;
        stats.Operator = op;
        IEnumerator<object?[]> e;
        try
        {
            e = rows.GetEnumerator();
        }
        finally
        {
            stats.Operator = outer;
        }
        return Pulled(op, e, stats);
    }

    private static IEnumerable<object?[]> Pulled(PlanOperator op, IEnumerator<object?[]> e, ProfileStats stats)
    {
        using (e)
        {
            while (true)
            {
                var outer = stats.Operator;
                stats.Operator = op;
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                bool more;
                try
                {
                    more = e.MoveNext();
                }
                finally
                {
                    stats.OperatorTime(op, System.Diagnostics.Stopwatch.GetTimestamp() - started);
                    stats.Operator = outer;
                }
                if (!more) yield break;
                stats.OperatorRow(op);
                yield return e.Current;
            }
        }
    }
}
