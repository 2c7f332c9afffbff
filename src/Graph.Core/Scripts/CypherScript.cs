using System.Text;
using Graph.Core.Errors;

namespace Graph.Core.Scripts;

/// <summary>
/// Splits a Cypher script (as <c>cypher-shell -f</c> reads it) into statements on <c>;</c>,
/// ignoring semicolons inside string literals, backtick-quoted names and comments.
/// Comments before a statement are dropped; comments inside it are kept so error columns stay true.
/// </summary>
public static class CypherScript
{
    public static IReadOnlyList<ScriptStatement> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var statements = new List<ScriptStatement>();
        var current = new StringBuilder();
        var startLine = 0; // 0 while the current statement has no significant character yet
        var line = 1;
        var column = 1;
        var i = 0;

        while (i < text.Length)
        {
            var c = text[i];
            if (c == '/' && Peek(text, i + 1) == '/')
            {
                var end = text.IndexOf('\n', i);
                end = end < 0 ? text.Length : end;
                if (startLine != 0) current.Append(text, i, end - i);
                column += end - i;
                i = end;
                continue;
            }
            if (c == '/' && Peek(text, i + 1) == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) throw Unterminated("comment", line, column);
                var chunk = text.Substring(i, end + 2 - i);
                if (startLine != 0) current.Append(chunk);
                Advance(chunk, ref line, ref column);
                i = end + 2;
                continue;
            }
            if (c is '\'' or '"' or '`')
            {
                if (startLine == 0) startLine = line;
                var end = ClosingQuote(text, i, c);
                if (end < 0) throw Unterminated(c == '`' ? "backtick-quoted name" : "string literal", line, column);
                var chunk = text.Substring(i, end + 1 - i);
                current.Append(chunk);
                Advance(chunk, ref line, ref column);
                i = end + 1;
                continue;
            }
            if (c == ';')
            {
                Flush(statements, current, startLine);
                startLine = 0;
                column++;
                i++;
                continue;
            }
            if (!char.IsWhiteSpace(c) && startLine == 0) startLine = line;
            if (startLine != 0) current.Append(c);
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
            i++;
        }
        Flush(statements, current, startLine);
        return statements;
    }

    private static char Peek(string text, int index) => index < text.Length ? text[index] : '\0';

    // Strings escape with a backslash; backtick names escape a backtick by doubling it (Neo4j lexer rules).
    private static int ClosingQuote(string text, int open, char quote)
    {
        for (var j = open + 1; j < text.Length; j++)
        {
            var c = text[j];
            if (quote != '`' && c == '\\')
            {
                j++;
                continue;
            }
            if (c != quote) continue;
            if (quote == '`' && Peek(text, j + 1) == '`')
            {
                j++;
                continue;
            }
            return j;
        }
        return -1;
    }

    private static void Advance(string chunk, ref int line, ref int column)
    {
        foreach (var c in chunk)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
    }

    private static void Flush(List<ScriptStatement> statements, StringBuilder current, int startLine)
    {
        var statement = current.ToString().Trim();
        current.Clear();
        if (statement.Length > 0) statements.Add(new ScriptStatement(statement, startLine));
    }

    private static GraphException Unterminated(string what, int line, int column) =>
        new(ErrorCodes.SyntaxError, $"Unterminated {what} starting at line {line}, column {column}.", ErrorPhase.Compile, line, column);
}
