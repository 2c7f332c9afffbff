namespace Graph.Bolt.Protocol;

/// <summary>
/// Bookmarks for causal chaining. There is one server and every commit is visible to the next statement as soon
/// as it returns, so a bookmark only has to be a well-formed, ever-increasing token; the ones clients send are accepted.
/// </summary>
public sealed class BoltBookmarks
{
    private long _last;

    public string Next() => "graph:bookmark:" + Interlocked.Increment(ref _last);
}
