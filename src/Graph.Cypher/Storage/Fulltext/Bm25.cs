namespace Graph.Cypher.Storage.Fulltext;

/// <summary>A field's totals over the live documents: how many hold it, and how many tokens they hold in it.</summary>
internal readonly record struct FieldTotals(int Documents, long Tokens)
{
    public FieldTotals Plus(int length, int sign) => length == 0 ? this : new(Documents + sign, Tokens + (sign * length));
}

/// <summary>
/// Lucene's BM25 similarity (k1 = 1.2, b = 0.75) as Neo4j's full-text indexes score with it, to the float:
/// statistics per field (documents holding it, their tokens), a document's field length stored in one byte
/// (Lucene's SmallFloat: exact below 24 tokens, then four significant bits) and every step in single precision,
/// so scores print as Neo4j's do.
/// </summary>
internal static class Bm25
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    public static float Idf(long documents, long documentFrequency) =>
        (float)Math.Log(1 + ((documents - documentFrequency + 0.5d) / (documentFrequency + 0.5d)));

    public static float Score(float weight, int frequency, int length, FieldTotals totals)
    {
        var averageLength = (float)(totals.Tokens / (double)totals.Documents);
        var normInverse = 1f / (K1 * ((1 - B) + (B * StoredLength(length) / averageLength)));
        return weight - (weight / (1f + (frequency * normInverse)));
    }

    // Lucene's SmallFloat.intToByte4 then byte4ToInt: the length a norm byte gives back.
    private static float StoredLength(int length)
    {
        const int FreeValues = 255 - 231; // 231 = longToInt4(Integer.MAX_VALUE)
        if (length < FreeValues) return length;
        var rest = Int4(length - FreeValues);
        return FreeValues + Long4(rest);
    }

    private static int Int4(long value)
    {
        var bits = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)value);
        if (bits < 4) return (int)value;
        var shift = bits - 4;
        return (int)((value >> shift) & 0x07) | ((shift + 1) << 3);
    }

    private static long Long4(int encoded)
    {
        var bits = encoded & 0x07;
        var shift = (encoded >> 3) - 1;
        return shift == -1 ? bits : (long)(bits | 0x08) << shift;
    }
}
