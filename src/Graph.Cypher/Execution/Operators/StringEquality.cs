using System.Text;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// <c>n.key = 'text'</c> (either side) on a node variable, compiled to compare the stored UTF-8 bytes in place: a
/// filter over a whole label (<c>WHERE a.kind = 'Protocol'</c>) then reads no string per node. A value not stored as
/// UTF-8 (absent, a number, a list) takes the general comparison, so the answer is Cypher's equality either way.
/// </summary>
internal static class StringEquality
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    /// <summary>The in-place form, or null when the expression is not of that shape (or the property is answered by a column).</summary>
    public static SlotExpression? Compile(BinaryExpression b, Scope scope, SlotExpression general)
    {
        if (b.Operator != BinaryOperator.Equal) return null;
        var (access, text) = (b.Left, b.Right) switch
        {
            (PropertyAccess pa, Literal { Value: string s }) => (pa, s),
            (Literal { Value: string s }, PropertyAccess pa) => (pa, s),
            _ => (null, null),
        };
        if (access is not { Subject: Variable v } || scope.Find(v.Name) is not { } symbol || AnsweredByColumn(access, scope)) return null;
        byte[] utf8;
        try
        {
            utf8 = Strict.GetBytes(text!);
        }
        catch (EncoderFallbackException)
        {
            // A lone surrogate is never stored as UTF-8: the general comparison answers.
            return null;
        }
        var (slot, key) = (symbol.Slot, new TokenCache(access.Key, label: false));
        return (row, ctx) =>
            row[slot] is NodeRef n && ctx.Graph is GraphReader reader && key.Of(ctx.Graph) is var token and >= 0
                && reader.NodePropertyIsUtf8(n.Id, token, utf8) is { } same
                ? (same ? BoxedTrue : BoxedFalse)
                : general(row, ctx);
    }

    private static bool AnsweredByColumn(Expression e, Scope scope) =>
        (scope.Aggregates?.ContainsKey(e) ?? false) || (scope.Hoisted?.ContainsKey(e) ?? false) || (scope.Items?.ContainsKey(AstKey.Of(e)) ?? false);
}
