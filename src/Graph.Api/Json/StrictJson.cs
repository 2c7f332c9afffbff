using System.Text;
using System.Text.Json;

namespace Graph.Api.Json;

/// <summary>
/// Parses request JSON strictly, once, where a request is read. System.Text.Json accepts three things a
/// request must not carry: bytes that are not UTF-8 and escapes of lone surrogates (<c>"\ud800"</c>),
/// which both fail only later when a string is decoded (a server error), and a key given twice in one
/// object, where the last one silently wins (<c>{"query": "{ a }", "query": "mutation …"}</c>). Each is
/// refused here with a <see cref="JsonException"/> that says what and where, which the readers already
/// turn into their 400 answers.
/// </summary>
internal static class StrictJson
{
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8, JsonDocumentOptions options)
    {
        var invalid = UnicodeText.InvalidUtf8Offset(utf8.Span);
        if (invalid >= 0) throw new JsonException($"byte {invalid} is not UTF-8 text; JSON must be sent as UTF-8.");
        Check(utf8.Span, options.MaxDepth);
        return JsonDocument.Parse(utf8, options);
    }

    /// <summary>JSON that arrived as text (a URL parameter): a .NET string may itself hold a lone surrogate.</summary>
    public static JsonDocument Parse(string text, JsonDocumentOptions options)
    {
        if (UnicodeText.LoneSurrogateIndex(text) is var index and >= 0)
            throw new JsonException($"character {index} is a lone surrogate, which is not Unicode text.");
        return Parse(Encoding.UTF8.GetBytes(text), options);
    }

    // One pass of the reader, keeping for each open object the keys seen so far and for each open array
    // the index reached, so an error can name its place as a path ($.variables.where[0]).
    private static void Check(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var open = new List<Container>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    NextElement(open);
                    open.Add(new Container(reader.TokenType == JsonTokenType.StartObject));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    open.RemoveAt(open.Count - 1);
                    break;
                case JsonTokenType.PropertyName:
                {
                    var name = Decode(ref reader, open, "key", includeLast: false);
                    var container = open[^1];
                    if (!container.Keys!.Add(name))
                        throw new JsonException($"the key '{name}' is given twice in the object at {Path(open, includeLast: false)}; each key may appear once.");
                    container.Key = name;
                    break;
                }
                case JsonTokenType.String:
                    NextElement(open);
                    // Only escapes can spell a lone surrogate: the bytes were checked to be UTF-8 already.
                    if (reader.ValueIsEscaped) Decode(ref reader, open, "string", includeLast: true);
                    break;
                default:
                    NextElement(open);
                    break;
            }
        }
    }

    private static string Decode(ref Utf8JsonReader reader, List<Container> open, string what, bool includeLast)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new JsonException($"a {what} at {Path(open, includeLast)} escapes a lone surrogate (such as \\ud800), which is not Unicode text.");
        }
    }

    private static void NextElement(List<Container> open)
    {
        if (open.Count > 0 && !open[^1].IsObject) open[^1].Index++;
    }

    private static string Path(List<Container> open, bool includeLast)
    {
        var path = new StringBuilder("$");
        var count = includeLast ? open.Count : open.Count - 1;
        for (var i = 0; i < count; i++)
        {
            if (open[i].IsObject) path.Append('.').Append(open[i].Key);
            else path.Append('[').Append(open[i].Index).Append(']');
        }
        return path.ToString();
    }

    private sealed class Container(bool isObject)
    {
        public bool IsObject { get; } = isObject;

        public HashSet<string>? Keys { get; } = isObject ? new HashSet<string>(StringComparer.Ordinal) : null;

        public string? Key { get; set; }

        public int Index { get; set; } = -1;
    }
}
