using System.Numerics;

namespace Graph.Cypher.Storage.Indexing;

/// <summary>
/// A published, never-mutated set of entity ids as a paged bitmap (4096 ids a page): ids are dense
/// and handed out in order, so a token index costs about one bit per entity, and iteration is in id order.
/// </summary>
internal sealed class IdSet
{
    internal const int WordsPerPage = 64;
    internal const int IdsPerPage = WordsPerPage * 64;

    public static readonly IdSet Empty = new([], 0);

    internal IdSet(ulong[]?[] pages, long count)
    {
        Pages = pages;
        Count = count;
    }

    internal ulong[]?[] Pages { get; }

    public long Count { get; }

    public bool Contains(long id)
    {
        var page = id / IdsPerPage;
        if (id < 0 || page >= Pages.Length || Pages[page] is not { } words)
        {
            return false;
        }

        var offset = (int)(id % IdsPerPage);
        return (words[offset >> 6] & (1UL << (offset & 63))) != 0;
    }

    public IEnumerable<long> Ids()
    {
        for (var p = 0; p < Pages.Length; p++)
        {
            if (Pages[p] is not { } words)
            {
                continue;
            }

            for (var w = 0; w < WordsPerPage; w++)
            {
                var bits = words[w];
                while (bits != 0)
                {
                    var bit = BitOperations.TrailingZeroCount(bits);
                    yield return ((long)p * IdsPerPage) + (w * 64) + bit;
                    bits &= bits - 1;
                }
            }
        }
    }
}
