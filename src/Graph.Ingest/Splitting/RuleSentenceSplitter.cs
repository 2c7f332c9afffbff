namespace Graph.Ingest.Splitting;

/// <summary>
/// Rule-based splitting for news prose: every line is a paragraph; inside one, a sentence ends at . ! or ?
/// (with any closing quote or bracket) followed by a space and a capital, digit or opening quote, unless the
/// word before is an abbreviation or an initial, or a quotation is still open. Page furniture ("Also Read: …")
/// is not a sentence, which keeps the numbering the seed's hand-made mentions use.
/// </summary>
public sealed class RuleSentenceSplitter : ISentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Col", "Lt", "Maj", "Capt", "Sen", "Rep", "Gov", "Amb", "Pres", "Jr", "Sr",
        "Inc", "Ltd", "Co", "Corp", "No", "Nos", "vs", "etc", "approx", "est", "Dept", "Univ", "Ave", "Rd",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "e.g", "i.e", "U.S", "U.K", "U.N", "E.U",
    };

    private static readonly string[] FurniturePrefixes = ["Also Read:", "Read also:", "Read more:", "Related:", "See also:"];

    public IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            if (!IsFurniture(text, lineStart, lineEnd)) SplitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static bool IsFurniture(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start).TrimStart();
        foreach (var prefix in FurniturePrefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static void SplitLine(string text, int start, int end, List<Sentence> sentences)
    {
        var sentenceStart = start;
        var openQuote = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '“') openQuote = true;
            else if (c is '”') openQuote = false;
            else if (c is '"') openQuote = !openQuote;
            if (c is not ('.' or '!' or '?')) continue;

            var close = i + 1;
            while (close < end && text[close] is '"' or '”' or '’' or ')' or '\'')
            {
                if (text[close] is '"' or '”') openQuote = false;
                close++;
            }
            var next = close;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            var boundary = (close == end || char.IsWhiteSpace(text[close]))
                && (next == end || (StartsSentence(text[next]) && !openQuote))
                && !(c == '.' && IsAbbreviation(text, sentenceStart, i));
            if (!boundary)
            {
                // Closing quotes after the mark were read above; do not toggle them again.
                i = close - 1;
                continue;
            }

            Add(text, sentenceStart, close, sentences);
            sentenceStart = next;
            i = next - 1;
        }
        Add(text, sentenceStart, end, sentences);
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '$';

    /// <summary>The word that ends at the full stop is a known abbreviation or a single initial ("J. Smith").</summary>
    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“')) wordStart--;
        var word = text[wordStart..dot];
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return;
        sentences.Add(new Sentence(sentences.Count + 1, start, end, text[start..end]));
    }
}
