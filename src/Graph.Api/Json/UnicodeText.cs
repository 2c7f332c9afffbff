using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Graph.Api.Json;

/// <summary>
/// Checks that request text is Unicode before anything reads it: UTF-8 bytes that decode, UTF-16
/// strings without lone surrogates. Left unchecked, such text passes the JSON parser and fails later
/// (decoding a string, writing an answer) as a server error instead of the caller's.
/// </summary>
internal static class UnicodeText
{
    /// <summary>The offset of the first byte that is not part of valid UTF-8, or -1.</summary>
    public static int InvalidUtf8Offset(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8)) return -1;
        var offset = 0;
        while (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) == OperationStatus.Done) offset += consumed;
        return offset;
    }

    /// <summary>The index of the first surrogate without its partner, or -1.</summary>
    public static int LoneSurrogateIndex(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    /// <summary>
    /// Whether a raw (still percent-escaped) URL query string decodes to UTF-8. ASP.NET quietly turns
    /// undecodable escapes such as <c>%ED%A0%80</c> (an encoded surrogate) into replacement characters,
    /// so the check runs on the raw text.
    /// </summary>
    public static bool PercentDecodesToUtf8(string raw)
    {
        if (raw.Length == 0) return true;
        var bytes = new ArrayBufferWriter<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '%' && i + 2 < raw.Length
                && byte.TryParse(raw.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                bytes.GetSpan(1)[0] = value;
                bytes.Advance(1);
                i += 2;
                continue;
            }
            var written = Encoding.UTF8.GetBytes(raw.AsSpan(i, 1), bytes.GetSpan(4));
            bytes.Advance(written);
        }
        return Utf8.IsValid(bytes.WrittenSpan);
    }
}
