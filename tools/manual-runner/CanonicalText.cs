using System.Text;

namespace Graph.ManualRunner;

/// <summary>
/// Brings a value's text to one form so the manual's cell and our rendering compare: whitespace outside
/// strings dropped, strings in double quotes, map keys unquoted and sorted (the manual prints properties in
/// Neo4j's storage order), numbers' exponent marker in one case.
/// </summary>
internal static partial class CanonicalText
{
    public static string Of(string text)
    {
        text = text.Trim();
        // A stray AsciiDoc line-break marker after a cell.
        if (text.EndsWith(" +", StringComparison.Ordinal) || text.EndsWith("}+", StringComparison.Ordinal)) text = text[..^1];
        var tokens = Tokens(text);
        var position = 0;
        var sb = new StringBuilder();
        while (position < tokens.Count) sb.Append(Element(tokens, ref position));
        return sb.ToString();
    }

    // Tokens: string literals (kept whole, normalised to double quotes), punctuation and runs of other characters.
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '"' or '\'')
            {
                var sb = new StringBuilder("\"");
                i++;
                while (i < text.Length && text[i] != c)
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        var escaped = text[i + 1];
                        sb.Append(escaped == '\'' ? "'" : "\\" + escaped);
                        i += 2;
                        continue;
                    }
                    sb.Append(text[i] == '"' ? "\\\"" : text[i].ToString());
                    i++;
                }
                i++;
                tokens.Add(sb.Append('"').ToString());
            }
            else if ("{}[](),:".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(c.ToString());
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && !"{}[](),:\"'".Contains(text[i], StringComparison.Ordinal)) i++;
                var word = text[start..i];
                tokens.Add(IsNumber(word) ? word.ToUpperInvariant() : word is "<null>" or "NULL" ? "null" : word);
            }
        }
        return tokens;
    }

    /// <summary>
    /// The looser form some pages print: nodes and relationships as their property maps only
    /// (<c>{name: "x"}</c>, <c>{{name: "x"}}</c> or an older version's <c>Node[2]{name: "x"}</c> for <c>(:Person {name: "x"})</c>).
    /// </summary>
    public static string Loose(string canonical)
    {
        var text = EntityWithLabels().Replace(OlderEntity().Replace(canonical, ""), m => m.Groups[2].Success ? m.Groups[2].Value : "{}");
        return DoubleBraces().Replace(text, "$1");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(Node|Relationship)\[\d+\]")]
    private static partial System.Text.RegularExpressions.Regex OlderEntity();

    [System.Text.RegularExpressions.GeneratedRegex(@"[\(\[](:[^{}()\[\]]*)?(\{[^{}]*\})?[\)\]]")]
    private static partial System.Text.RegularExpressions.Regex EntityWithLabels();

    [System.Text.RegularExpressions.GeneratedRegex(@"\{(\{[^{}]*\})\}")]
    private static partial System.Text.RegularExpressions.Regex DoubleBraces();

    private static bool IsNumber(string word) => word.Length > 0 && (char.IsDigit(word[0]) || (word[0] == '-' && word.Length > 1 && char.IsDigit(word[1])));

    private static string Element(List<string> tokens, ref int position)
    {
        var token = tokens[position++];
        if (token != "{") return token;
        // A map: its entries, each "key:value" with nested maps canonicalised, sorted by text.
        var entries = new List<string>();
        var current = new StringBuilder();
        while (position < tokens.Count && tokens[position] != "}")
        {
            if (tokens[position] == ",")
            {
                entries.Add(current.ToString());
                current.Clear();
                position++;
                continue;
            }
            var element = Element(tokens, ref position);
            // A quoted key ("name": …) is the same as a bare one.
            if (current.Length == 0 && position < tokens.Count && tokens[position] == ":" && element.Length > 1 && element[0] == '"') element = element[1..^1];
            current.Append(BracketedTail(tokens, ref position, element));
        }
        if (current.Length > 0) entries.Add(current.ToString());
        position++;
        entries.Sort(StringComparer.Ordinal);
        return "{" + string.Join(",", entries) + "}";
    }

    // Lists and parentheses inside a map entry are copied token by token (their maps canonicalised on the way).
    private static string BracketedTail(List<string> tokens, ref int position, string element)
    {
        if (element is not ("[" or "(")) return element;
        var close = element == "[" ? "]" : ")";
        var sb = new StringBuilder(element);
        var depth = 1;
        while (position < tokens.Count && depth > 0)
        {
            var token = tokens[position];
            if (token == element) depth++;
            else if (token == close) depth--;
            sb.Append(Element(tokens, ref position));
        }
        return sb.ToString();
    }
}
