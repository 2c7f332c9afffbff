using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Ingest.Storing;

/// <summary>Ids the ingestion makes: slugs for documents, content hashes, and stable ids for candidates and proposals.</summary>
public static class Slugs
{
    public static string Of(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    public static bool IsSlug(string id) => id.Length > 0 && id == Of(id);

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A short stable id from its parts: the same candidate or proposal always gets the same id.</summary>
    public static string Stable(string prefix, params string?[] parts) => prefix + "-" + Hash(string.Join('\u001f', parts))[..16];
}
