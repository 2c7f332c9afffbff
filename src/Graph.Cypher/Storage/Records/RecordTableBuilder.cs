namespace Graph.Cypher.Storage.Records;

/// <summary>
/// The writer's copy-on-write edit of a <see cref="RecordTable{T}"/>: a page is copied the first time
/// it is written after the last <see cref="Freeze"/>; frozen tables are never touched again.
/// </summary>
internal sealed class RecordTableBuilder<T>
    where T : struct, IRecordSlot
{
    private T[]?[] _pages;
    private bool _pagesOwned;
    private bool[] _owned;

    public RecordTableBuilder(RecordTable<T> from)
    {
        _pages = from.Pages;
        _owned = new bool[_pages.Length];
    }

    public T Get(long id)
    {
        var page = (ulong)id >> RecordTable<T>.PageBits;
        return page < (ulong)_pages.Length && _pages[page] is { } slots ? slots[id & RecordTable<T>.PageMask] : default;
    }

    /// <summary>Stores the slot; default removes the record.</summary>
    public void Set(long id, T value)
    {
        var pageIndex = (int)(id >> RecordTable<T>.PageBits);
        if (!_pagesOwned || pageIndex >= _pages.Length)
        {
            var length = Math.Max(_pages.Length, pageIndex + 1);
            if (pageIndex >= _pages.Length)
            {
                length = Math.Max(length, _pages.Length * 2);
            }

            var copy = new T[]?[length];
            Array.Copy(_pages, copy, _pages.Length);
            _pages = copy;
            _pagesOwned = true;
            Array.Resize(ref _owned, length);
        }

        var page = _pages[pageIndex];
        if (page is null)
        {
            page = new T[RecordTable<T>.PageSize];
            _pages[pageIndex] = page;
            _owned[pageIndex] = true;
        }
        else if (!_owned[pageIndex])
        {
            page = (T[])page.Clone();
            _pages[pageIndex] = page;
            _owned[pageIndex] = true;
        }

        page[id & RecordTable<T>.PageMask] = value;
    }

    /// <summary>Publishes the current contents; later writes copy again.</summary>
    public RecordTable<T> Freeze()
    {
        _pagesOwned = false;
        Array.Clear(_owned);
        return new RecordTable<T>(_pages);
    }
}
