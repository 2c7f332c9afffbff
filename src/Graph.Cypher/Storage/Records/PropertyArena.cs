namespace Graph.Cypher.Storage.Records;

/// <summary>
/// Append-only memory for encoded property blocks (see <see cref="PropertyCodec"/>), shared by every
/// version of one store. Bytes live in chunks that never move and are never rewritten, so a block
/// reference (chunk index in the high 32 bits, offset in the low 32) stays valid for any state that
/// holds it, and readers need no lock: they only follow references a published state gave them.
/// Only the writer appends (a lock keeps even a misbehaving second writer memory-safe). Blocks that a
/// later version replaced, or that a rolled-back transaction wrote, are garbage kept until the store is
/// reopened from a snapshot, which re-encodes only live records.
/// Values without a compact encoding (lists, temporals, points) sit in an append-only object side table.
/// </summary>
internal sealed class PropertyArena
{
    /// <summary>The block with no properties; default slots point at it.</summary>
    public const long EmptyBlock = 0;

    private const int FirstChunkSize = 4096;
    private const int MaxChunkSize = 1 << 20;
    private const int ObjectPageBits = 10;
    private const int ObjectPageSize = 1 << ObjectPageBits;

    private readonly object _gate = new();
    private volatile byte[][] _chunks;
    private int _chunkCount;
    private int _used;
    private volatile object[][] _objectPages = [];
    private long _objectCount;

    public PropertyArena()
    {
        // Offset 0 of chunk 0 holds a zero count: the empty block.
        _chunks = [new byte[FirstChunkSize]];
        _chunkCount = 1;
        _used = 1;
    }

    /// <summary>The bytes from the block's start to the end of its chunk; a block never spans chunks.</summary>
    public ReadOnlySpan<byte> Block(long reference) => _chunks[(int)(reference >>> 32)].AsSpan((int)(uint)reference);

    public object SideObject(long index) => _objectPages[index >> ObjectPageBits][index & (ObjectPageSize - 1)];

    public long Append(ReadOnlySpan<byte> block)
    {
        lock (_gate)
        {
            var chunk = _chunks[_chunkCount - 1];
            if (chunk.Length - _used < block.Length)
            {
                chunk = AddChunk(block.Length);
            }

            var reference = ((long)(_chunkCount - 1) << 32) | (uint)_used;
            block.CopyTo(chunk.AsSpan(_used));
            _used += block.Length;
            return reference;
        }
    }

    public long AddSideObject(object value)
    {
        lock (_gate)
        {
            var pages = _objectPages;
            var page = (int)(_objectCount >> ObjectPageBits);
            if (page == pages.Length)
            {
                // Grown into a copy, then published: a reader holding the old array still sees its pages.
                var grown = new object[Math.Max(4, pages.Length * 2)][];
                Array.Copy(pages, grown, pages.Length);
                pages = grown;
            }

            pages[page] ??= new object[ObjectPageSize];
            pages[page][_objectCount & (ObjectPageSize - 1)] = value;
            _objectPages = pages;
            return _objectCount++;
        }
    }

    private byte[] AddChunk(int atLeast)
    {
        // Chunks double up to 1 MiB so small stores stay small; an oversized block gets its own chunk.
        var size = Math.Max(atLeast, Math.Min(MaxChunkSize, _chunks[_chunkCount - 1].Length * 2));
        var chunk = new byte[size];
        var chunks = _chunks;
        if (_chunkCount == chunks.Length)
        {
            var grown = new byte[chunks.Length * 2][];
            Array.Copy(chunks, grown, chunks.Length);
            chunks = grown;
        }

        chunks[_chunkCount] = chunk;
        _chunks = chunks;
        _chunkCount++;
        _used = 0;
        return chunk;
    }
}
