using System.Globalization;
using System.Text;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>
/// Turns Cypher text into tokens in one pass. Numbers keep their source text (the parser converts them, because
/// a leading minus belongs to the literal: -9223372036854775808 is valid). Unterminated strings and comments
/// are reported here; any other stray character becomes an Unknown token so the parser can say what it expected.
/// </summary>
internal sealed class Lexer
{
    private readonly string _src;
    private readonly List<Token> _tokens;
    private readonly Stack<int> _open = new();
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private Lexer(string source)
    {
        _src = source;
        _tokens = new List<Token>(Math.Clamp(source.Length / 4, 8, 4096));
    }

    public static Token[] Tokenize(string source)
    {
        var lexer = new Lexer(source);
        lexer.Run();
        return [.. lexer._tokens];
    }

    private void Run()
    {
        while (true)
        {
            SkipTrivia();
            if (_pos >= _src.Length)
            {
                Add(TokenKind.EndOfInput, _pos, _pos, _line, Column(_pos));
                return;
            }

            ReadToken();
        }
    }

    private int Column(int offset) => offset - _lineStart + 1;

    private void Add(TokenKind kind, int start, int end, int line, int column, string? value = null)
    {
        var index = _tokens.Count;
        _tokens.Add(new Token(kind, start, end, line, column, value, -1));
        switch (kind)
        {
            case TokenKind.LParen or TokenKind.LBracket or TokenKind.LBrace:
                _open.Push(index);
                break;
            case TokenKind.RParen or TokenKind.RBracket or TokenKind.RBrace:
                if (_open.Count > 0 && Closes(_tokens[_open.Peek()].Kind, kind))
                {
                    var opener = _open.Pop();
                    _tokens[opener] = _tokens[opener] with { Match = index };
                }

                break;
        }
    }

    private static bool Closes(TokenKind open, TokenKind close) =>
        (open, close) is (TokenKind.LParen, TokenKind.RParen) or (TokenKind.LBracket, TokenKind.RBracket) or (TokenKind.LBrace, TokenKind.RBrace);

    private void NewLineAt(int offset)
    {
        _line++;
        _lineStart = offset + 1;
    }

    private void SkipTrivia()
    {
        while (_pos < _src.Length)
        {
            var c = _src[_pos];
            if (c == '\n' || (c == '\r' && (_pos + 1 >= _src.Length || _src[_pos + 1] != '\n')))
            {
                NewLineAt(_pos);
                _pos++;
            }
            else if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                _pos++;
            }
            else if (c == '/' && _pos + 1 < _src.Length && _src[_pos + 1] == '/')
            {
                while (_pos < _src.Length && _src[_pos] != '\n' && _src[_pos] != '\r')
                {
                    _pos++;
                }
            }
            else if (c == '/' && _pos + 1 < _src.Length && _src[_pos + 1] == '*')
            {
                SkipBlockComment();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipBlockComment()
    {
        int start = _pos, line = _line, column = Column(_pos);
        _pos += 2;
        while (_pos < _src.Length)
        {
            var c = _src[_pos];
            if (c == '*' && _pos + 1 < _src.Length && _src[_pos + 1] == '/')
            {
                _pos += 2;
                return;
            }

            if (c == '\n' || (c == '\r' && (_pos + 1 >= _src.Length || _src[_pos + 1] != '\n')))
            {
                NewLineAt(_pos);
            }

            _pos++;
        }

        throw SyntaxErrors.At(_src, start, line, column, "Failed to parse comment. A comment starting on `/*` must have a closing `*/`.");
    }

    private void ReadToken()
    {
        int start = _pos, line = _line, column = Column(_pos);
        var c = _src[_pos];
        if (IsIdentifierStart(c))
        {
            _pos++;
            while (_pos < _src.Length && IsIdentifierPart(_src[_pos]))
            {
                _pos++;
            }

            Add(TokenKind.Identifier, start, _pos, line, column);
            return;
        }

        if (char.IsAsciiDigit(c) || (c == '.' && Peek(1) is >= '0' and <= '9'))
        {
            ReadNumber(start, line, column);
            return;
        }

        switch (c)
        {
            case '\'' or '"':
                ReadString(c, start, line, column);
                return;
            case '`':
                ReadEscapedIdentifier(start, line, column);
                return;
        }

        var (kind, length) = c switch
        {
            '(' => (TokenKind.LParen, 1),
            ')' => (TokenKind.RParen, 1),
            '[' => (TokenKind.LBracket, 1),
            ']' => (TokenKind.RBracket, 1),
            '{' => (TokenKind.LBrace, 1),
            '}' => (TokenKind.RBrace, 1),
            ',' => (TokenKind.Comma, 1),
            '.' when Peek(1) == '.' => (TokenKind.DotDot, 2),
            '.' => (TokenKind.Dot, 1),
            ':' when Peek(1) == ':' => (TokenKind.ColonColon, 2),
            ':' => (TokenKind.Colon, 1),
            ';' => (TokenKind.Semicolon, 1),
            '|' when Peek(1) == '|' => (TokenKind.DoublePipe, 2),
            '|' => (TokenKind.Pipe, 1),
            '&' => (TokenKind.Ampersand, 1),
            '!' when Peek(1) == '=' => (TokenKind.BangEqual, 2),
            '!' => (TokenKind.Bang, 1),
            '%' => (TokenKind.Percent, 1),
            '+' when Peek(1) == '=' => (TokenKind.PlusEqual, 2),
            '+' => (TokenKind.Plus, 1),
            '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => (TokenKind.Minus, 1),
            '*' => (TokenKind.Star, 1),
            '/' => (TokenKind.Slash, 1),
            '^' => (TokenKind.Caret, 1),
            '=' when Peek(1) == '~' => (TokenKind.RegexMatch, 2),
            '=' => (TokenKind.Equal, 1),
            '<' when Peek(1) == '>' => (TokenKind.NotEqual, 2),
            '<' when Peek(1) == '=' => (TokenKind.LessEqual, 2),
            '<' => (TokenKind.Less, 1),
            '>' when Peek(1) == '=' => (TokenKind.GreaterEqual, 2),
            '>' => (TokenKind.Greater, 1),
            '$' => (TokenKind.Dollar, 1),
            _ => (TokenKind.Unknown, char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)) ? 2 : 1),
        };
        _pos += length;
        Add(kind, start, _pos, line, column);
    }

    private char Peek(int ahead) => _pos + ahead < _src.Length ? _src[_pos + ahead] : '\0';

    private static bool IsIdentifierStart(char c) =>
        char.IsLetter(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LetterNumber or UnicodeCategory.ConnectorPunctuation;

    private static bool IsIdentifierPart(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LetterNumber
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Decimal, hex (0x), octal (0o) integers and decimal floats; underscores may separate digits.</summary>
    private void ReadNumber(int start, int line, int column)
    {
        var kind = TokenKind.Integer;
        if (_src[_pos] == '0' && Peek(1) is 'x' or 'X' or 'o' or 'O')
        {
            _pos += 2;
            while (_pos < _src.Length && (char.IsAsciiLetterOrDigit(_src[_pos]) || _src[_pos] == '_'))
            {
                _pos++;
            }

            Add(kind, start, _pos, line, column);
            return;
        }

        SkipDigits();
        if (_pos < _src.Length && _src[_pos] == '.' && Peek(1) is >= '0' and <= '9')
        {
            kind = TokenKind.Float;
            _pos++;
            SkipDigits();
        }

        if (_pos < _src.Length && _src[_pos] is 'e' or 'E'
            && (Peek(1) is >= '0' and <= '9' || (Peek(1) is '-' or '+' && Peek(2) is >= '0' and <= '9')))
        {
            kind = TokenKind.Float;
            _pos += 2;
            SkipDigits();
        }

        // A number running straight into letters (12abc) is one bad token, as in Neo4j.
        while (_pos < _src.Length && IsIdentifierPart(_src[_pos]))
        {
            kind = TokenKind.Unknown;
            _pos++;
        }

        Add(kind, start, _pos, line, column);
    }

    private void SkipDigits()
    {
        while (_pos < _src.Length && (char.IsAsciiDigit(_src[_pos]) || (_src[_pos] == '_' && Peek(1) is >= '0' and <= '9')))
        {
            _pos++;
        }
    }

    private void ReadString(char quote, int start, int line, int column)
    {
        _pos++;
        StringBuilder? sb = null;
        var runStart = _pos;
        while (true)
        {
            if (_pos >= _src.Length)
            {
                throw SyntaxErrors.At(_src, start, line, column,
                    "Failed to parse string literal. The query must contain an even number of non-escaped quotes.");
            }

            var c = _src[_pos];
            if (c == quote)
            {
                string value;
                if (sb is null)
                {
                    value = _src[runStart.._pos];
                }
                else
                {
                    sb.Append(_src, runStart, _pos - runStart);
                    value = sb.ToString();
                }

                _pos++;
                Add(TokenKind.String, start, _pos, line, column, value);
                return;
            }

            if (c == '\n' || (c == '\r' && Peek(1) != '\n'))
            {
                NewLineAt(_pos);
            }

            if (c != '\\')
            {
                _pos++;
                continue;
            }

            sb ??= new StringBuilder();
            sb.Append(_src, runStart, _pos - runStart);
            AppendEscape(sb);
            runStart = _pos;
        }
    }

    /// <summary>\t \b \n \r \f \' \" \\ \uXXXX \UXXXXXXXX; any other escape keeps the backslash, as Neo4j 5 does.</summary>
    private void AppendEscape(StringBuilder sb)
    {
        var next = Peek(1);
        _pos += 2;
        switch (next)
        {
            case 't': sb.Append('\t'); return;
            case 'b': sb.Append('\b'); return;
            case 'n': sb.Append('\n'); return;
            case 'r': sb.Append('\r'); return;
            case 'f': sb.Append('\f'); return;
            case '\'': sb.Append('\''); return;
            case '"': sb.Append('"'); return;
            case '\\': sb.Append('\\'); return;
            case 'u' or 'U':
                var digits = next == 'u' ? 4 : 8;
                if (_pos + digits <= _src.Length && IsHex(_pos, digits))
                {
                    var code = int.Parse(_src.AsSpan(_pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    if (digits == 4)
                    {
                        sb.Append((char)code);
                        _pos += digits;
                        return;
                    }

                    if (code is >= 0 and <= 0x10FFFF and (< 0xD800 or > 0xDFFF))
                    {
                        sb.Append(char.ConvertFromUtf32(code));
                        _pos += digits;
                        return;
                    }
                }

                // Neo4j's lexer accepts a malformed \u escape; it is kept as written, like any unknown escape.
                sb.Append('\\').Append(next);
                return;
            case '\0' when _pos > _src.Length:
                _pos = _src.Length;
                return;
            default:
                if (next == '\n' || (next == '\r' && Peek(0) != '\n'))
                {
                    NewLineAt(_pos - 1);
                }

                sb.Append('\\').Append(next);
                return;
        }
    }

    private bool IsHex(int at, int count)
    {
        for (var i = at; i < at + count; i++)
        {
            if (!char.IsAsciiHexDigit(_src[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void ReadEscapedIdentifier(int start, int line, int column)
    {
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _src.Length)
            {
                throw SyntaxErrors.At(_src, start, line, column,
                    "Failed to parse quoted identifier. The query must contain an even number of non-escaped backticks.");
            }

            var c = _src[_pos];
            if (c == '`')
            {
                if (Peek(1) == '`')
                {
                    sb.Append('`');
                    _pos += 2;
                    continue;
                }

                _pos++;
                Add(TokenKind.EscapedIdentifier, start, _pos, line, column, sb.ToString());
                return;
            }

            if (c == '\n' || (c == '\r' && Peek(1) != '\n'))
            {
                NewLineAt(_pos);
            }

            sb.Append(c);
            _pos++;
        }
    }
}
