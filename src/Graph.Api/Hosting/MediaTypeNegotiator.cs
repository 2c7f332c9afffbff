using Microsoft.Net.Http.Headers;

namespace Graph.Api.Hosting;

/// <summary>
/// HTTP content negotiation over a fixed list of media types: each type gets the quality of the most
/// specific Accept range that matches it (exact, then type/*, then */*); the highest quality wins and
/// ties go to the earlier entry. No Accept header (or an unparsable one) picks the first entry.
/// </summary>
internal static class MediaTypeNegotiator
{
    public static string? Negotiate(IList<string>? acceptHeaders, params string[] supported)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0 || acceptHeaders.All(string.IsNullOrWhiteSpace)) return supported[0];
        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted)) return supported[0];

        string? best = null;
        double bestQuality = 0;
        foreach (var mediaType in supported)
        {
            var quality = Quality(accepted, mediaType);
            if (quality > bestQuality)
            {
                best = mediaType;
                bestQuality = quality;
            }
        }
        return best;
    }

    /// <summary>Whether Accept names this exact type with a non-zero quality (not through a wildcard).</summary>
    public static bool NamesExactly(IList<string>? acceptHeaders, string mediaType) =>
        acceptHeaders is not null
        && MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted)
        && accepted.Any(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);

    private static double Quality(IList<MediaTypeHeaderValue> accepted, string mediaType)
    {
        var type = mediaType[..mediaType.IndexOf('/', StringComparison.Ordinal)];
        MediaTypeHeaderValue? best = null;
        foreach (var range in accepted)
        {
            var matches = range.MatchesAllTypes
                || (range.Type.Equals(type, StringComparison.OrdinalIgnoreCase)
                    && (range.MatchesAllSubTypes || range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)));
            if (matches && (best is null || Specificity(range) > Specificity(best))) best = range;
        }
        return best is null ? 0 : best.Quality ?? 1;
    }

    private static int Specificity(MediaTypeHeaderValue range) =>
        range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;
}
