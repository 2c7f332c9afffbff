using System.Buffers;
using System.Text;
using System.Text.Json;
using Graph.Api.Json;
using Graph.Core.Store;

namespace Graph.Api.Cypher;

/// <summary>
/// A /cypher answer built in memory under a byte budget before anything is sent, so its Graph-Truncated
/// header and body agree: rows are added whole while they fit; the first that would pass the budget and
/// all after it are left out. <see cref="TruncatedBy"/> says which limit cut it (the store's row cap or the budget).
/// </summary>
internal sealed record CypherAnswer(ReadOnlyMemory<byte> Body, int RowCount, string? TruncatedBy)
{
    public const string ByRows = "rows";
    public const string ByBytes = "bytes";

    // Room kept for what follows the rows (rowCount, truncated, stats), so the finished body stays in budget.
    private const int TailBytes = 1024;

    public bool Truncated => TruncatedBy is not null;

    public static CypherAnswer Json(QueryResult result, int maxBytes)
    {
        var body = new ArrayBufferWriter<byte>();
        var rowBuffer = new BoundedBufferWriter();
        using var writer = new Utf8JsonWriter(body, ReadableJson.Options);
        using var rowWriter = new Utf8JsonWriter(rowBuffer, ReadableJson.Options);
        writer.WriteStartObject();
        writer.WriteStartArray("columns");
        foreach (var column in result.Columns) writer.WriteStringValue(column);
        writer.WriteEndArray();
        writer.WriteStartArray("rows");
        var count = 0;
        var cutBy = result.HasMore ? ByRows : null;
        foreach (var row in result.Records)
        {
            // Each row is written apart first, stopping as soon as it would not fit (+1 for the comma before it).
            rowBuffer.Clear();
            rowBuffer.Limit = (int)Math.Max(0, maxBytes - (writer.BytesCommitted + writer.BytesPending) - 1 - TailBytes);
            rowWriter.Reset(rowBuffer);
            if (!Fits(() =>
                {
                    rowWriter.WriteStartArray();
                    foreach (var value in row.Values) CypherValueJson.Write(rowWriter, value);
                    rowWriter.WriteEndArray();
                    rowWriter.Flush();
                }))
            {
                // Drops the unfinished row, which disposing the writer would otherwise try to flush.
                rowWriter.Reset(rowBuffer);
                cutBy = ByBytes;
                break;
            }
            writer.WriteRawValue(rowBuffer.WrittenSpan, skipInputValidation: true);
            count++;
        }
        writer.WriteEndArray();
        writer.WriteNumber("rowCount", count);
        writer.WriteBoolean("truncated", cutBy is not null);
        if (cutBy is not null) writer.WriteString("truncatedBy", cutBy);
        CypherStatsJson.Write(writer, result.Counters);
        writer.WriteEndObject();
        writer.Flush();
        return new CypherAnswer(body.WrittenMemory, count, cutBy);
    }

    public static CypherAnswer Csv(QueryResult result, int maxBytes)
    {
        var body = new ArrayBufferWriter<byte>();
        Append(body, CypherCsv.Line(result.Columns));
        var count = 0;
        var cutBy = result.HasMore ? ByRows : null;
        foreach (var row in result.Records)
        {
            var line = "";
            if (!Fits(() => line = CypherCsv.Line(row.Values, maxBytes - body.WrittenCount))
                || body.WrittenCount + Encoding.UTF8.GetByteCount(line) > maxBytes)
            {
                cutBy = ByBytes;
                break;
            }
            Append(body, line);
            count++;
        }
        return new CypherAnswer(body.WrittenMemory, count, cutBy);
    }

    private static bool Fits(Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (BudgetExceededException)
        {
            return false;
        }
    }

    private static void Append(ArrayBufferWriter<byte> body, string text)
    {
        var written = Encoding.UTF8.GetBytes(text, body.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        body.Advance(written);
    }
}
