using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Cypher.Values;

/// <summary>
/// Cypher regular expressions: Java syntax and full-match semantics on .NET's engine. Patterns are
/// compiled once and cached; every match runs under a timeout so a catastrophic pattern ends with a
/// clear error instead of hanging the statement.
/// </summary>
internal static class CypherRegex
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private const int CacheLimit = 512;

    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    public static bool FullMatch(string text, string pattern)
    {
        var regex = Get(pattern);
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            throw CypherErrors.Argument($"Regular expression '{pattern}' took longer than {MatchTimeout.TotalSeconds:0} s to evaluate");
        }
    }

    /// <summary>A compiled pattern (without the full-match anchors), for split-like uses; invalid patterns are an ArgumentError.</summary>
    public static Regex Get(string pattern)
    {
        if (Cache.TryGetValue(pattern, out var cached)) return cached;
        var anchored = @"\A(?:" + Translate(pattern) + @")\z";
        Regex regex;
        try
        {
            // The automaton engine runs in linear time, so no pattern can backtrack catastrophically;
            // patterns it cannot run (backreferences, lookaround) fall back to backtracking with the timeout.
            regex = new Regex(anchored, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            regex = Compile(anchored, pattern);
        }
        catch (ArgumentException)
        {
            regex = Compile(anchored, pattern);
        }
        if (Cache.Count >= CacheLimit) Cache.Clear();
        Cache[pattern] = regex;
        return regex;
    }

    private static Regex Compile(string anchored, string pattern)
    {
        try
        {
            return new Regex(anchored, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw CypherErrors.Argument($"Invalid Regex: {e.Message}");
        }
    }

    // Java-only syntax rewritten for .NET: \Q…\E quoting, the POSIX-style \p{Alpha} classes (also inside
    // [...]), \h, and the inline flags .NET lacks (u, U, d: .NET case folding is already Unicode-aware).
    private static string Translate(string pattern)
    {
        if (pattern.IndexOfAny(['\\', '(']) < 0) return pattern;
        var sb = new StringBuilder(pattern.Length + 8);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '[' && !inClass)
            {
                inClass = true;
                sb.Append(c);
                // A ']' right after '[' or '[^' is a literal member, not the end of the class.
                if (i + 1 < pattern.Length && pattern[i + 1] == '^') sb.Append(pattern[++i]);
                if (i + 1 < pattern.Length && pattern[i + 1] == ']') sb.Append(pattern[++i]);
                continue;
            }
            if (c == ']' && inClass)
            {
                inClass = false;
                sb.Append(c);
                continue;
            }
            if (c == '(' && !inClass && i + 1 < pattern.Length && pattern[i + 1] == '?')
            {
                i = InlineFlags(pattern, i, sb);
                continue;
            }
            if (c != '\\' || i + 1 >= pattern.Length)
            {
                sb.Append(c);
                continue;
            }
            var next = pattern[i + 1];
            if (next == 'Q')
            {
                var end = pattern.IndexOf(@"\E", i + 2, StringComparison.Ordinal);
                var literal = end < 0 ? pattern[(i + 2)..] : pattern[(i + 2)..end];
                sb.Append(inClass ? EscapeInClass(literal) : Regex.Escape(literal));
                i = end < 0 ? pattern.Length : end + 1;
                continue;
            }
            if (next == 'h')
            {
                const string horizontal = @" \t\xA0\u1680\u180E\u2000-\u200A\u202F\u205F\u3000";
                sb.Append(inClass ? horizontal : "[" + horizontal + "]");
                i++;
                continue;
            }
            if (next is 'p' or 'P' && i + 2 < pattern.Length && pattern[i + 2] == '{')
            {
                var close = pattern.IndexOf('}', i + 3);
                if (close > 0 && PosixClass(pattern[(i + 3)..close]) is { } set && !(inClass && next == 'P'))
                {
                    sb.Append(inClass ? set : next == 'p' ? "[" + set + "]" : "[^" + set + "]");
                    i = close;
                    continue;
                }
            }
            sb.Append(c).Append(next);
            i++;
        }
        return sb.ToString();
    }

    // Copies "(?flags)" or "(?flags:" without the flags .NET does not know; other groups pass unchanged.
    private static int InlineFlags(string pattern, int open, StringBuilder sb)
    {
        var j = open + 2;
        while (j < pattern.Length && (char.IsAsciiLetter(pattern[j]) || pattern[j] == '-')) j++;
        if (j == open + 2 || j >= pattern.Length || pattern[j] is not (')' or ':'))
        {
            sb.Append('(');
            return open;
        }
        sb.Append("(?");
        for (var k = open + 2; k < j; k++)
        {
            if (pattern[k] is not ('u' or 'U' or 'd')) sb.Append(pattern[k]);
        }
        // "(?u)" alone would become "(?)": keep it a valid empty group.
        if (sb[^1] == '?' && pattern[j] == ')') sb.Append(':');
        sb.Append(pattern[j]);
        return j;
    }

    private static string EscapeInClass(string literal)
    {
        var sb = new StringBuilder(literal.Length * 2);
        foreach (var ch in literal)
        {
            if (ch is '\\' or ']' or '[' or '^' or '-') sb.Append('\\');
            sb.Append(ch);
        }
        return sb.ToString();
    }

    private static string? PosixClass(string name) => name switch
    {
        "Lower" => "a-z",
        "Upper" => "A-Z",
        "ASCII" => @"\x00-\x7F",
        "Alpha" => "a-zA-Z",
        "Digit" => "0-9",
        "Alnum" => "a-zA-Z0-9",
        "Punct" => @"!-/:-@\[-`{-~",
        "Graph" => @"!-~",
        "Print" => @" -~",
        "Blank" => @" \t",
        "Cntrl" => @"\x00-\x1F\x7F",
        "XDigit" => "0-9a-fA-F",
        "Space" => @" \t\n\x0B\f\r",
        _ => null,
    };
}
