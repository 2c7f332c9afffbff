using System.Collections.Immutable;

namespace Graph.Cypher.Storage.Indexing;

/// <summary>
/// The writer's edit of a token index (label or relationship type → ids): builders are made lazily
/// for the tokens it touches; Freeze publishes them and keeps them usable.
/// </summary>
internal sealed class TokenIndexBuilder(ImmutableDictionary<int, IdSet> from)
{
    private readonly Dictionary<int, IdSetBuilder> _builders = [];
    private ImmutableDictionary<int, IdSet> _published = from;

    public void Set(int token, long id, bool present)
    {
        if (!_builders.TryGetValue(token, out var builder))
        {
            builder = new IdSetBuilder(_published.TryGetValue(token, out var set) ? set : IdSet.Empty);
            _builders[token] = builder;
        }

        builder.Set(id, present);
    }

    public long Count(int token) =>
        _builders.TryGetValue(token, out var builder) ? builder.Count : _published.TryGetValue(token, out var set) ? set.Count : 0;

    /// <summary>A stable set: callers may change the index while they iterate it.</summary>
    public IdSet? Get(int token) =>
        _builders.TryGetValue(token, out var builder) ? builder.Freeze() : _published.GetValueOrDefault(token);

    public ImmutableDictionary<int, IdSet> Freeze()
    {
        foreach (var (token, builder) in _builders)
        {
            _published = _published.SetItem(token, builder.Freeze());
        }

        return _published;
    }
}
