using System.Runtime.CompilerServices;
using Graph.Core.Errors;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>
/// Recursive-descent parser for Neo4j 5 Cypher. This file holds the cursor, keyword matching, the nesting guard
/// and error reporting; the grammar is split by family across the other Parser.*.cs files.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>
    /// Deepest nesting accepted before a clean error. One level per nested expression (each bracket that holds one),
    /// node or relationship pattern, parenthesised label expression, FOREACH and subquery.
    /// </summary>
    public const int MaxDepth = 200;

    private readonly string _src;
    private readonly Token[] _t;
    private int _p;
    private int _depth;

    // Inside a comprehension's WHERE, label expressions at this expression depth may consume only
    // _labelBarBudget more '|' tokens: the last top-level bar starts the projection ([x IN l WHERE x:A | x.name]).
    private int _labelBarDepth = -1;
    private int _labelBarBudget;

    public Parser(string source, Token[] tokens)
    {
        _src = source;
        _t = tokens;
    }

    private ref readonly Token Cur => ref _t[_p];

    private ref readonly Token At(int index) => ref _t[Math.Min(index, _t.Length - 1)];

    private ref readonly Token Ahead(int n) => ref At(_p + n);

    private bool Is(TokenKind kind) => _t[_p].Kind == kind;

    private bool IsAhead(int n, TokenKind kind) => Ahead(n).Kind == kind;

    private Token Advance()
    {
        var token = _t[_p];
        if (_p < _t.Length - 1)
        {
            _p++;
        }

        return token;
    }

    private bool Accept(TokenKind kind)
    {
        if (_t[_p].Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private Token Expect(TokenKind kind, string display)
    {
        if (_t[_p].Kind != kind)
        {
            throw Error(display);
        }

        return Advance();
    }

    private bool IsKeywordAt(int index, string keyword)
    {
        ref readonly var token = ref At(index);
        return token.Kind == TokenKind.Identifier
            && token.End - token.Start == keyword.Length
            && _src.AsSpan(token.Start, keyword.Length).Equals(keyword, StringComparison.OrdinalIgnoreCase);
    }

    private bool IsKeyword(string keyword) => IsKeywordAt(_p, keyword);

    private bool IsKeywordAhead(int n, string keyword) => IsKeywordAt(_p + n, keyword);

    private bool AcceptKeyword(string keyword)
    {
        if (!IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private Token ExpectKeyword(string keyword)
    {
        if (!IsKeyword(keyword))
        {
            throw Error($"'{keyword}'");
        }

        return Advance();
    }

    private static SourcePosition Pos(in Token token) => new(token.Start, token.Line, token.Column);

    private SourcePosition CurPos => Pos(Cur);

    /// <summary>The text of a name token: identifiers as written, backticked ones unescaped.</summary>
    private string NameText(in Token token) => token.Kind == TokenKind.EscapedIdentifier ? token.Value! : _src[token.Start..token.End];

    private string ExpectName(string what = "an identifier")
    {
        if (!Cur.IsName)
        {
            throw Error(what);
        }

        return NameText(Advance());
    }

    /// <summary>Source text from a token's start to the end of the last consumed token.</summary>
    private string TextFrom(int startOffset) => _src[startOffset.._t[Math.Max(_p - 1, 0)].End];

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw ErrorAt(Cur, $"The statement is nested too deeply (more than {MaxDepth} levels of parentheses, lists, maps or subqueries)");
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    private void Leave() => _depth--;

    /// <summary>"Invalid input 'X': expected …" at the current token.</summary>
    private GraphException Error(string expected) =>
        ErrorAt(Cur, $"Invalid input '{SyntaxErrors.Describe(_src, Cur)}': expected {expected}");

    private GraphException ErrorAt(in Token token, string message) =>
        SyntaxErrors.At(_src, token.Start, token.Line, token.Column, message);

    private GraphException ErrorAt(SourcePosition position, string message) =>
        SyntaxErrors.At(_src, position.Offset, position.Line, position.Column, message);

    private GraphException Unsupported(in Token token, string what) =>
        ErrorAt(token, $"{what} is not supported by the embedded engine");
}
