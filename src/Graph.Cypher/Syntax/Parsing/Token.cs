namespace Graph.Cypher.Syntax.Parsing;

/// <summary>The lexical categories of Cypher. Keywords are not reserved, so they arrive as identifiers.</summary>
internal enum TokenKind : byte
{
    EndOfInput,
    Identifier,
    EscapedIdentifier,
    String,
    Integer,
    Float,
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Dot,
    DotDot,
    Colon,
    ColonColon,
    Semicolon,
    Pipe,
    DoublePipe,
    Ampersand,
    Bang,
    BangEqual,
    Percent,
    Plus,
    PlusEqual,
    Minus,
    Star,
    Slash,
    Caret,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    RegexMatch,
    Dollar,
    Unknown,
}

/// <summary>
/// One token with its source span and position. <see cref="Value"/> holds the unescaped text of strings and
/// backticked identifiers; <see cref="Match"/> is the index of the matching closing bracket for ( [ { (or -1),
/// which lets the parser look past a bracketed group in constant time.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value, int Match)
{
    public bool IsName => Kind is TokenKind.Identifier or TokenKind.EscapedIdentifier;
}
