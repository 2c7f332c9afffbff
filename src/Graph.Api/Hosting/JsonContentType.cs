using Microsoft.Net.Http.Headers;

namespace Graph.Api.Hosting;

/// <summary>Whether a request body is declared as JSON we can read: application/json, UTF-8 or no charset.</summary>
internal static class JsonContentType
{
    public static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var parsed)) return false;
        if (!parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)) return false;
        return !parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
    }
}
