using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graph.Api.Json;

/// <summary>
/// Writer options for JSON answers people read (/cypher): quotes and non-ASCII text stay as they are
/// instead of \u escapes. Safe because these answers are served as JSON or CSV, never inside HTML.
/// </summary>
internal static class ReadableJson
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
