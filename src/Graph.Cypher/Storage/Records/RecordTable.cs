namespace Graph.Cypher.Storage.Records;

/// <summary>
/// A published, never-mutated table of records indexed by id, in pages of 1024 slots. Versions share
/// untouched pages, so a commit costs a copy of the pages it touched, not of the table.
/// </summary>
internal sealed class RecordTable<T>
    where T : class
{
    internal const int PageBits = 10;
    internal const int PageSize = 1 << PageBits;
    internal const int PageMask = PageSize - 1;

    public static readonly RecordTable<T> Empty = new([]);

    internal RecordTable(T?[]?[] pages) => Pages = pages;

    internal T?[]?[] Pages { get; }

    public T? Get(long id)
    {
        if (id < 0)
        {
            return null;
        }

        var page = id >> PageBits;
        return page < Pages.Length ? Pages[page]?[id & PageMask] : null;
    }

    /// <summary>Ids of present records, ascending.</summary>
    public IEnumerable<long> Ids()
    {
        var pages = Pages;
        for (var p = 0; p < pages.Length; p++)
        {
            var page = pages[p];
            if (page is null)
            {
                continue;
            }

            for (var i = 0; i < page.Length; i++)
            {
                if (page[i] is not null)
                {
                    yield return ((long)p << PageBits) | (long)i;
                }
            }
        }
    }
}
