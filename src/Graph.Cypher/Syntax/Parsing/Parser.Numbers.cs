using System.Globalization;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>
/// Number literals: decimal, hex (0x1F), octal (0o17; Neo4j 5 rejects the old 017 form), underscores between digits, floats.
/// Integers must fit in a signed 64-bit value; the sign is applied before the range check so the minimum fits.
/// </summary>
internal sealed partial class Parser
{
    private long ParseIntegerToken(in Token token, bool negative)
    {
        var text = _src.AsSpan(token.Start, token.End - token.Start);
        var radix = 10;
        var digits = text;
        if (text.Length > 1 && text[0] == '0')
        {
            if (text[1] is 'x' or 'X')
            {
                radix = 16;
                digits = text[2..];
            }
            else if (text[1] is 'o' or 'O')
            {
                radix = 8;
                digits = text[2..];
            }
            else if (text.IndexOfAnyExcept("01234567_") < 0)
            {
                throw ErrorAt(token, $"The octal integer literal syntax `{text}` is no longer supported, please use `0o{text[1..]}` instead");
            }
            else
            {
                throw ErrorAt(token, "invalid literal number");
            }
        }

        ulong magnitude = 0;
        var sawDigit = false;
        var tooLarge = false;
        for (var i = 0; i < digits.Length; i++)
        {
            var c = digits[i];
            if (c == '_' && (sawDigit || radix != 10) && i + 1 < digits.Length && digits[i + 1] != '_')
            {
                continue;
            }

            var value = DigitValue(c);
            if (value < 0 || value >= radix)
            {
                throw ErrorAt(token, "invalid literal number");
            }

            sawDigit = true;
            if (magnitude > (ulong.MaxValue - (ulong)value) / (ulong)radix)
            {
                tooLarge = true;
                continue;
            }

            magnitude = (magnitude * (ulong)radix) + (ulong)value;
        }

        if (!sawDigit)
        {
            throw ErrorAt(token, "invalid literal number");
        }

        const ulong minMagnitude = 9223372036854775808UL;
        if (tooLarge || magnitude > (negative ? minMagnitude : long.MaxValue))
        {
            throw ErrorAt(token, "integer is too large");
        }

        return negative ? (long)(0UL - magnitude) : (long)magnitude;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private double ParseFloatToken(in Token token)
    {
        var text = _src.AsSpan(token.Start, token.End - token.Start);
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c != '_')
            {
                buffer[length++] = c;
            }
        }

        if (!double.TryParse(buffer[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw ErrorAt(token, "invalid literal number");
        }

        if (double.IsInfinity(value))
        {
            throw ErrorAt(token, "floating point number is too large");
        }

        return value;
    }
}
