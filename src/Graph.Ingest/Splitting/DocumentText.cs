using System.Text.RegularExpressions;

namespace Graph.Ingest.Splitting;

/// <summary>
/// Turns an input file's content into the text a Document keeps: line ends unified, Markdown markup (headings,
/// emphasis, links, list bullets) dropped so offsets and evidence refer to the words a reader sees.
/// </summary>
public static partial class DocumentText
{
    public static string Normalize(string content, bool markdown)
    {
        var text = content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (markdown) text = StripMarkdown(text);
        return MultipleBlankLines().Replace(text, "\n\n").Trim();
    }

    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first Markdown heading, the usual place of a report's title.</summary>
    public static string? MarkdownTitle(string content) =>
        Heading().Match(content.Replace("\r\n", "\n", StringComparison.Ordinal)) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    private static string StripMarkdown(string text)
    {
        var lines = text.Split('\n').Select(line =>
        {
            line = HeadingMarker().Replace(line, "");
            line = Bullet().Replace(line, "");
            line = Link().Replace(line, "$1");
            line = Emphasis().Replace(line, "$2");
            return line.TrimEnd();
        });
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^#{1,6}\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"^\s{0,3}(?:[-*+]|\d+\.)\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)+")]
    private static partial Regex MultipleBlankLines();
}
