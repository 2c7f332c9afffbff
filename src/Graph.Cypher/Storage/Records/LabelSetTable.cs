namespace Graph.Cypher.Storage.Records;

/// <summary>
/// Interned label-token sequences: most nodes share one of a few label sets, so a node stores a small
/// id instead of its own array. Sets keep the order labels were given in (NodeLabels reports it).
/// Append-only and store-wide like tokens: a set outlives the transaction that made it. Id 0 is the
/// empty set. Only the writer interns; anyone reads.
/// </summary>
internal sealed class LabelSetTable
{
    private readonly object _gate = new();
    private readonly Dictionary<int[], int> _ids = new(SequenceComparer.Instance);
    private volatile int[][] _sets = new int[16][];
    private int _count;

    public LabelSetTable() => Intern([]);

    public int Count => Volatile.Read(ref _count);

    public int[] Labels(int set) => _sets[set];

    public bool Contains(int set, int label) => Array.IndexOf(_sets[set], label) >= 0;

    /// <summary>The id of this exact sequence; the array is copied when it is new.</summary>
    public int Intern(int[] labels)
    {
        lock (_gate)
        {
            if (_ids.TryGetValue(labels, out var id))
            {
                return id;
            }

            id = _count;
            var sets = _sets;
            if (id == sets.Length)
            {
                var grown = new int[sets.Length * 2][];
                Array.Copy(sets, grown, sets.Length);
                sets = grown;
            }

            var copy = (int[])labels.Clone();
            sets[id] = copy;
            _sets = sets;
            _ids[copy] = id;
            Volatile.Write(ref _count, id + 1);
            return id;
        }
    }

    private sealed class SequenceComparer : IEqualityComparer<int[]>
    {
        public static readonly SequenceComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var hash = new HashCode();
            foreach (var label in obj)
            {
                hash.Add(label);
            }

            return hash.ToHashCode();
        }
    }
}
