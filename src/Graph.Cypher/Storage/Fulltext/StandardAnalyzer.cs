using System.Globalization;
using System.Text;

namespace Graph.Cypher.Storage.Fulltext;

/// <summary>
/// Neo4j 5's default full-text analyzer is "standard-no-stop-words": Lucene's standard tokenizer plus
/// lower-casing, with no stop-word removal. Tokens are runs of letters and digits; an apostrophe
/// between letters, or a '.' or ',' between digits, stays inside the token ("don't", "3.5").
/// </summary>
internal static class StandardAnalyzer
{
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (current.Length > 0 && i + 1 < text.Length && IsJoiner(c, text[i - 1], text[i + 1]))
            {
                current.Append(c);
                continue;
            }

            Flush(current, tokens);
        }

        Flush(current, tokens);
        return tokens;
    }

    public static string Normalize(string term) => term.ToLower(CultureInfo.InvariantCulture);

    private static bool IsJoiner(char c, char before, char after) =>
        (c == '\'' && char.IsLetter(before) && char.IsLetter(after))
        || ((c == '.' || c == ',') && char.IsDigit(before) && char.IsDigit(after));

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
            current.Clear();
        }
    }
}
