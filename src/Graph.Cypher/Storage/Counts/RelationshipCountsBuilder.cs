using System.Collections.Immutable;

namespace Graph.Cypher.Storage.Counts;

/// <summary>The writer's copy of the counts: each relationship added or removed moves every shape it matches.</summary>
internal sealed class RelationshipCountsBuilder(RelationshipCounts begin)
{
    private readonly ImmutableDictionary<CountKey, long>.Builder _map = begin.Map.ToBuilder();

    /// <summary>Counts <paramref name="delta"/> relationships of the type between nodes with these label sets.</summary>
    public void Add(int[] startLabels, int type, int[] endLabels, long delta)
    {
        AddFor(type, startLabels, endLabels, delta);
        AddFor(RelationshipCounts.Any, startLabels, endLabels, delta);
    }

    public RelationshipCounts ToImmutable() => new(_map.ToImmutable());

    private void AddFor(int type, int[] startLabels, int[] endLabels, long delta)
    {
        Bump(new CountKey(RelationshipCounts.Any, type, RelationshipCounts.Any), delta);
        foreach (var s in startLabels)
        {
            Bump(new CountKey(s, type, RelationshipCounts.Any), delta);
            foreach (var e in endLabels)
            {
                Bump(new CountKey(s, type, e), delta);
            }
        }

        foreach (var e in endLabels)
        {
            Bump(new CountKey(RelationshipCounts.Any, type, e), delta);
        }
    }

    private void Bump(CountKey key, long delta)
    {
        var count = _map.GetValueOrDefault(key) + delta;
        if (count == 0)
        {
            _map.Remove(key);
        }
        else
        {
            _map[key] = count;
        }
    }
}
