namespace Graph.Cypher.Storage.Records;

/// <summary>
/// A published, never-mutated table of record slots (structs, stored by value) indexed by id, in pages
/// of 1024 slots. Versions share untouched pages, so a commit costs a copy of the pages it touched,
/// not of the table, and no record is an object of its own.
/// </summary>
internal sealed class RecordTable<T>
    where T : struct, IRecordSlot
{
    internal const int PageBits = 10;
    internal const int PageSize = 1 << PageBits;
    internal const int PageMask = PageSize - 1;

    public static readonly RecordTable<T> Empty = new([]);

    internal RecordTable(T[]?[] pages) => Pages = pages;

    internal T[]?[] Pages { get; }

    /// <summary>The slot, or default (not present) when there is none.</summary>
    public T Get(long id)
    {
        var page = (ulong)id >> PageBits;
        var pages = Pages;
        return page < (ulong)pages.Length && pages[page] is { } slots ? slots[id & PageMask] : default;
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
                if (page[i].Present)
                {
                    yield return ((long)p << PageBits) | (long)i;
                }
            }
        }
    }
}
