using Graph.Bolt.PackStream;
using Graph.Bolt.Values;

namespace Graph.Bolt.Protocol;

/// <summary>Encodes the server's messages (SUCCESS, RECORD, FAILURE, IGNORED) as chunks into one outgoing buffer.</summary>
public sealed class BoltResponder
{
    private readonly PackStreamWriter _writer = new();
    private readonly MemoryStream _output = new();

    public BoltDialect Dialect { get; set; } = BoltDialect.V5;

    /// <summary>Bytes waiting to be sent.</summary>
    public long Pending => _output.Length;

    public void Success(IReadOnlyDictionary<string, object?> metadata) => Send(BoltMessages.Success, metadata);

    public void Failure(BoltFailure failure) => Send(BoltMessages.Failure, failure.ToMetadata());

    public void Ignored()
    {
        _writer.Clear();
        _writer.WriteStructHeader(BoltMessages.Ignored, 0);
        Flush();
    }

    /// <summary>Encodes one RECORD and returns its size in bytes (what a result's byte budget counts).</summary>
    public int Record(IReadOnlyList<object?> values)
    {
        _writer.Clear();
        _writer.WriteStructHeader(BoltMessages.Record, 1);
        var encoder = new BoltValueWriter(_writer, Dialect);
        _writer.WriteListHeader(values.Count);
        foreach (var value in values) encoder.Write(value);
        var size = _writer.Length;
        Flush();
        return size;
    }

    /// <summary>Moves what was encoded to <paramref name="destination"/>.</summary>
    public async Task SendAsync(Stream destination, CancellationToken cancellationToken)
    {
        if (_output.Length == 0) return;
        _output.Position = 0;
        await _output.CopyToAsync(destination, cancellationToken);
        await destination.FlushAsync(cancellationToken);
        _output.SetLength(0);
    }

    private void Send(byte signature, IReadOnlyDictionary<string, object?> metadata)
    {
        _writer.Clear();
        _writer.WriteStructHeader(signature, 1);
        new BoltValueWriter(_writer, Dialect).WriteMap(metadata);
        Flush();
    }

    private void Flush() => BoltChunking.WriteMessage(_output, _writer.Written.Span);
}
