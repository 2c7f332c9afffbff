using System.Text;

namespace Graph.Cypher.Functions.Scalar;

/// <summary>
/// Code-point view of strings: Neo4j measures and cuts strings by Unicode code points, so a character
/// outside the BMP counts once. Strings without surrogates (the usual case) take the fast path.
/// </summary>
internal static class Text
{
    public static int Length(string s)
    {
        var surrogates = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) surrogates++;
        }
        return s.Length - surrogates;
    }

    /// <summary>UTF-16 index of the code point at <paramref name="codePoint"/> (clamped to the end).</summary>
    public static int Offset(ReadOnlySpan<char> s, long codePoint)
    {
        var i = 0;
        for (long n = 0; n < codePoint && i < s.Length; n++)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        }
        return i;
    }

    /// <summary>Code points [start, start+length) with both clamped to the string.</summary>
    public static string Slice(string s, long start, long length)
    {
        var from = Offset(s, start);
        var to = from + Offset(s.AsSpan(from), length);
        return s[from..Math.Min(to, s.Length)];
    }

    public static string Reverse(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = s.Length - 1; i >= 0; i--)
        {
            if (char.IsLowSurrogate(s[i]) && i > 0 && char.IsHighSurrogate(s[i - 1]))
            {
                sb.Append(s[i - 1]).Append(s[i]);
                i--;
            }
            else
            {
                sb.Append(s[i]);
            }
        }
        return sb.ToString();
    }
}
