namespace Graph.Cypher.Storage.Indexing;

/// <summary>The writer's copy-on-write edit of an <see cref="IdSet"/> (a page is copied on its first write after a freeze).</summary>
internal sealed class IdSetBuilder
{
    private ulong[]?[] _pages;
    private bool _pagesOwned;
    private bool[] _owned;
    private long _count;

    public IdSetBuilder(IdSet from)
    {
        _pages = from.Pages;
        _owned = new bool[_pages.Length];
        _count = from.Count;
    }

    public long Count => _count;

    public void Set(long id, bool present)
    {
        var pageIndex = (int)(id / IdSet.IdsPerPage);
        var offset = (int)(id % IdSet.IdsPerPage);
        var mask = 1UL << (offset & 63);
        var existing = pageIndex < _pages.Length ? _pages[pageIndex] : null;
        var had = existing is not null && (existing[offset >> 6] & mask) != 0;
        if (had == present)
        {
            return;
        }

        var words = OwnPage(pageIndex);
        words[offset >> 6] = present ? words[offset >> 6] | mask : words[offset >> 6] & ~mask;
        _count += present ? 1 : -1;
    }

    public IdSet Freeze()
    {
        _pagesOwned = false;
        Array.Clear(_owned);
        return new IdSet(_pages, _count);
    }

    private ulong[] OwnPage(int pageIndex)
    {
        if (!_pagesOwned || pageIndex >= _pages.Length)
        {
            var length = pageIndex >= _pages.Length ? Math.Max(pageIndex + 1, _pages.Length * 2) : _pages.Length;
            var copy = new ulong[]?[length];
            Array.Copy(_pages, copy, _pages.Length);
            _pages = copy;
            _pagesOwned = true;
            Array.Resize(ref _owned, length);
        }

        var page = _pages[pageIndex];
        if (page is null || !_owned[pageIndex])
        {
            page = page is null ? new ulong[IdSet.WordsPerPage] : (ulong[])page.Clone();
            _pages[pageIndex] = page;
            _owned[pageIndex] = true;
        }

        return page;
    }
}
