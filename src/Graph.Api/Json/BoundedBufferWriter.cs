using System.Buffers;

namespace Graph.Api.Json;

/// <summary>
/// A growing byte buffer that will not pass its <see cref="Limit"/>: a JSON writer over it stops with a
/// <see cref="BudgetExceededException"/> as soon as a value takes it past the limit (give or take the writer's
/// last few kilobytes), instead of serialising a huge value (a ten-million-item list) whole before anyone checks.
/// </summary>
internal sealed class BoundedBufferWriter : IBufferWriter<byte>
{
    private readonly ArrayBufferWriter<byte> _inner = new();

    public int Limit { get; set; } = int.MaxValue;

    public int WrittenCount => _inner.WrittenCount;

    public ReadOnlySpan<byte> WrittenSpan => _inner.WrittenSpan;

    /// <summary>Forgets what was written; the memory is kept for the next use.</summary>
    public void Clear() => _inner.ResetWrittenCount();

    public void Advance(int count)
    {
        if ((long)_inner.WrittenCount + count > Limit) throw new BudgetExceededException();
        _inner.Advance(count);
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => _inner.GetMemory(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => _inner.GetSpan(sizeHint);
}

/// <summary>Thrown by <see cref="BoundedBufferWriter"/> when what is written would pass its limit.</summary>
internal sealed class BudgetExceededException : Exception
{
    public BudgetExceededException()
        : base("The text would pass its byte budget.")
    {
    }
}
