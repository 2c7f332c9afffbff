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

    // Java-only syntax rewritten for .NET: \Q…\E quoting and the POSIX-style \p{Alpha} classes.
    private static string Translate(string pattern)
    {
        if (!pattern.Contains('\\', StringComparison.Ordinal)) return pattern;
        var sb = new StringBuilder(pattern.Length + 8);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
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
                sb.Append(Regex.Escape(literal));
                i = end < 0 ? pattern.Length : end + 1;
                continue;
            }
            if (next is 'p' or 'P' && i + 2 < pattern.Length && pattern[i + 2] == '{')
            {
                var close = pattern.IndexOf('}', i + 3);
                if (close > 0 && PosixClass(pattern[(i + 3)..close]) is { } set)
                {
                    sb.Append(next == 'p' ? "[" + set + "]" : "[^" + set + "]");
                    i = close;
                    continue;
                }
            }
            sb.Append(c).Append(next);
            i++;
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
