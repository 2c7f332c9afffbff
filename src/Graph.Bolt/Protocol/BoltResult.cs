using Graph.Core.Store;

namespace Graph.Bolt.Protocol;

/// <summary>
/// A statement's result as PULL and DISCARD walk it: records go out in batches of the client's <c>n</c>
/// until the row cap or the byte budget ends it; the closing SUCCESS then carries the summary.
/// </summary>
internal sealed class BoltResult(QueryResult result, long queryId, long maxBytes, bool autoCommit)
{
    private int _next;
    private long _bytes;
    private bool _cutByBytes;

    public long QueryId => queryId;

    public bool AutoCommit => autoCommit;

    public bool Done { get; private set; }

    public IReadOnlyList<string> Columns => result.Columns;

    /// <summary>Sends up to <paramref name="n"/> records (all when n is −1), then SUCCESS with has_more or the summary.</summary>
    public void Pull(long n, BoltResponder responder, Func<Dictionary<string, object?>, Dictionary<string, object?>> summary)
    {
        var sent = 0L;
        while (_next < result.Records.Count && !_cutByBytes && (n < 0 || sent < n))
        {
            _bytes += responder.Record(result.Records[_next++].Values);
            sent++;
            if (_bytes >= maxBytes && _next < result.Records.Count) _cutByBytes = true;
        }
        if (_next < result.Records.Count && !_cutByBytes)
        {
            responder.Success(new Dictionary<string, object?>(StringComparer.Ordinal) { ["has_more"] = true });
            return;
        }
        Finish(responder, summary);
    }

    public void Discard(BoltResponder responder, Func<Dictionary<string, object?>, Dictionary<string, object?>> summary) =>
        Finish(responder, summary);

    private void Finish(BoltResponder responder, Func<Dictionary<string, object?>, Dictionary<string, object?>> summary)
    {
        Done = true;
        var metadata = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["type"] = QueryType(result.Counters),
            ["t_last"] = 0L,
            ["db"] = BoltSession.DatabaseName,
        };
        var stats = Stats(result.Counters);
        if (stats.Count > 0) metadata["stats"] = stats;
        if (result.HasMore || _cutByBytes) metadata["notifications"] = new List<object?> { Truncation(result.HasMore) };
        responder.Success(summary(metadata));
    }

    private Dictionary<string, object?> Truncation(bool byRows) => new(StringComparer.Ordinal)
    {
        ["code"] = "Graph.ClientNotification.Result.Truncated",
        ["title"] = "The result was cut short",
        ["description"] = byRows
            ? "The statement returned more rows than the limit; only the first ones were sent (Graph:Cypher:MaxRows)."
            : "The result was larger than the size limit; only the first records were sent (Graph:Cypher:MaxResponseBytes).",
        ["severity"] = "WARNING",
        ["category"] = "GENERIC",
    };

    private static string QueryType(QueryCounters c)
    {
        if (!c.ContainsUpdates) return "r";
        var data = c.NodesCreated + c.NodesDeleted + c.RelationshipsCreated + c.RelationshipsDeleted + c.PropertiesSet + c.LabelsAdded + c.LabelsRemoved;
        return data > 0 ? "rw" : "s";
    }

    private static Dictionary<string, object?> Stats(QueryCounters c)
    {
        var stats = new Dictionary<string, object?>(StringComparer.Ordinal);
        void Add(string name, int value)
        {
            if (value != 0) stats[name] = (long)value;
        }
        Add("nodes-created", c.NodesCreated);
        Add("nodes-deleted", c.NodesDeleted);
        Add("relationships-created", c.RelationshipsCreated);
        Add("relationships-deleted", c.RelationshipsDeleted);
        Add("properties-set", c.PropertiesSet);
        Add("labels-added", c.LabelsAdded);
        Add("labels-removed", c.LabelsRemoved);
        Add("indexes-added", c.IndexesAdded);
        Add("indexes-removed", c.IndexesRemoved);
        Add("constraints-added", c.ConstraintsAdded);
        Add("constraints-removed", c.ConstraintsRemoved);
        if (c.ContainsUpdates) stats["contains-updates"] = true;
        return stats;
    }
}
