using System.Text;
using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Scalar;

/// <summary>
/// String functions (manual: "String functions"). A null string argument gives null; lengths and
/// positions count Unicode code points, as Neo4j does; whitespace is Java's Character.isWhitespace.
/// </summary>
internal static class StringFunctions
{
    public static IEnumerable<FunctionDefinition> All =>
    [
        new("toLower", 1, 1, ToLower),
        new("lower", 1, 1, ToLower),
        new("toUpper", 1, 1, ToUpper),
        new("upper", 1, 1, ToUpper),
        new("trim", 1, 1, (a, _) => TrimBy(a, both: true, left: true)),
        new("btrim", 1, 2, (a, _) => TrimBy(a, both: true, left: true)),
        new("ltrim", 1, 2, (a, _) => TrimBy(a, both: false, left: true)),
        new("rtrim", 1, 2, (a, _) => TrimBy(a, both: false, left: false)),
        new("replace", 3, 3, Replace),
        new("split", 2, 2, Split),
        new("substring", 2, 3, Substring),
        new("left", 2, 2, Left),
        new("right", 2, 2, Right),
        new("char_length", 1, 1, CharLength),
        new("character_length", 1, 1, CharLength),
        new("normalize", 1, 2, Normalize),
        new(Syntax.Ast.FunctionCall.IsNormalized, 2, 2, IsNormalized),
        new(Syntax.Ast.FunctionCall.TrimCharacter, 1, 1, TrimCharacter),
    ];

    /// <summary>Java's Character.isWhitespace: Unicode separators except the non-breaking ones, plus ASCII controls 9-13 and 28-31.</summary>
    public static bool IsJavaWhitespace(char c) =>
        c is '\t' or '\n' or '\u000B' or '\f' or '\r' or '\u001C' or '\u001D' or '\u001E' or '\u001F'
        || (c is not '\u00A0' and not '\u2007' and not '\u202F' && char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.SpaceSeparator
            or System.Globalization.UnicodeCategory.LineSeparator
            or System.Globalization.UnicodeCategory.ParagraphSeparator);

    private static object? ToLower(IReadOnlyList<object?> args, IFunctionContext context) =>
        args[0] is null ? null : Arguments.String(args[0]).ToLowerInvariant();

    private static object? ToUpper(IReadOnlyList<object?> args, IFunctionContext context) =>
        args[0] is null ? null : Arguments.String(args[0]).ToUpperInvariant();

    private static object? TrimBy(IReadOnlyList<object?> args, bool both, bool left)
    {
        if (Arguments.AnyNull(args)) return null;
        var s = Arguments.String(args[0]);
        var chars = args.Count > 1 ? Arguments.String(args[1]) : null;
        var start = 0;
        var end = s.Length;
        if (both || left)
        {
            while (start < end && Trimmable(s[start], chars)) start++;
        }
        if (both || !left)
        {
            while (end > start && Trimmable(s[end - 1], chars)) end--;
        }
        return s[start..end];
    }

    private static bool Trimmable(char c, string? chars) => chars is null ? IsJavaWhitespace(c) : chars.Contains(c, StringComparison.Ordinal);

    private static object? Replace(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (Arguments.AnyNull(args)) return null;
        var original = Arguments.String(args[0]);
        var search = Arguments.String(args[1]);
        var replacement = Arguments.String(args[2]);
        if (search.Length > 0) return original.Replace(search, replacement, StringComparison.Ordinal);
        // Java's replace("", r) puts r before every character and at the end.
        var sb = new StringBuilder(original.Length * (replacement.Length + 1) + replacement.Length);
        foreach (var c in original) sb.Append(replacement).Append(c);
        return sb.Append(replacement).ToString();
    }

    // split keeps empty pieces (split('a,,b', ',') is ['a', '', 'b']); the delimiter may be a list of strings.
    private static object? Split(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (Arguments.AnyNull(args)) return null;
        var original = Arguments.String(args[0]);
        string[] delimiters;
        if (args[1] is IReadOnlyList<object?> list)
        {
            delimiters = new string[list.Count];
            for (var i = 0; i < list.Count; i++) delimiters[i] = Arguments.String(list[i]);
        }
        else
        {
            delimiters = [Arguments.String(args[1])];
        }
        var result = new List<object?>();
        if (delimiters.Length == 1 && delimiters[0].Length == 0)
        {
            for (var i = 0; i < original.Length; i += char.IsSurrogatePair(original, i) ? 2 : 1)
            {
                result.Add(original.Substring(i, char.IsSurrogatePair(original, i) ? 2 : 1));
            }
            if (result.Count == 0) result.Add("");
            return result;
        }
        var pieceStart = 0;
        var at = 0;
        while (at < original.Length)
        {
            var matched = MatchAt(original, at, delimiters);
            if (matched > 0)
            {
                result.Add(original[pieceStart..at]);
                at += matched;
                pieceStart = at;
            }
            else
            {
                at++;
            }
        }
        result.Add(original[pieceStart..]);
        return result;
    }

    private static int MatchAt(string s, int at, string[] delimiters)
    {
        foreach (var d in delimiters)
        {
            if (d.Length > 0 && s.AsSpan(at).StartsWith(d, StringComparison.Ordinal)) return d.Length;
        }
        return 0;
    }

    private static object? Substring(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (args[0] is null) return null;
        var original = Arguments.String(args[0]);
        var start = Arguments.IntegerLike(args[1]);
        if (start < 0) throw CypherErrors.Argument($"Invalid input for function 'substring()': start must be non-negative, got {start}");
        var length = long.MaxValue;
        if (args.Count > 2)
        {
            length = Arguments.IntegerLike(args[2]);
            if (length < 0) throw CypherErrors.Argument($"Invalid input for function 'substring()': length must be non-negative, got {length}");
        }
        return Text.Slice(original, start, length);
    }

    private static object? Left(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (args[0] is null) return null;
        var original = Arguments.String(args[0]);
        var length = Arguments.IntegerLike(args[1]);
        if (length < 0) throw CypherErrors.Argument($"Invalid input for function 'left()': length must be non-negative, got {length}");
        return Text.Slice(original, 0, length);
    }

    private static object? Right(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (args[0] is null) return null;
        var original = Arguments.String(args[0]);
        var length = Arguments.IntegerLike(args[1]);
        if (length < 0) throw CypherErrors.Argument($"Invalid input for function 'right()': length must be non-negative, got {length}");
        var total = Text.Length(original);
        return length >= total ? original : Text.Slice(original, total - length, length);
    }

    private static object? CharLength(IReadOnlyList<object?> args, IFunctionContext context) =>
        args[0] is null ? null : (long)Text.Length(Arguments.String(args[0]));

    /// <summary>x IS [form] NORMALIZED: null for null and for anything but a string.</summary>
    private static object? IsNormalized(IReadOnlyList<object?> args, IFunctionContext context) =>
        args[0] is string s ? (object)((string)Normalize(args, context)! == s) : null;

    private static object? TrimCharacter(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (args[0] is null) return null;
        var characters = Arguments.String(args[0]);
        if (Text.Length(characters) != 1)
        {
            throw CypherErrors.Argument($"Invalid input for function 'trim()': the trim character string must be exactly one character long, got '{characters}'");
        }
        return characters;
    }

    private static object? Normalize(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (Arguments.AnyNull(args)) return null;
        var input = Arguments.String(args[0]);
        var formName = args.Count > 1 ? Arguments.String(args[1]) : "NFC";
        var form = formName.ToUpperInvariant() switch
        {
            "NFC" => NormalizationForm.FormC,
            "NFD" => NormalizationForm.FormD,
            "NFKC" => NormalizationForm.FormKC,
            "NFKD" => NormalizationForm.FormKD,
            _ => throw CypherErrors.Argument($"Invalid normal form: '{formName}'; expected one of NFC, NFD, NFKC, NFKD"),
        };
        try
        {
            return input.Normalize(form);
        }
        catch (ArgumentException)
        {
            // Unpaired surrogates cannot be normalized; Neo4j rejects such input as an argument error too.
            throw CypherErrors.Argument("Invalid input for function 'normalize()': the string is not valid Unicode");
        }
    }
}
