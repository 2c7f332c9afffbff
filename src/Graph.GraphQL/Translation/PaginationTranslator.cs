using System.Globalization;
using System.Text;
using Graph.GraphQL.Translation.Ast;

namespace Graph.GraphQL.Translation;

/// <summary>
/// limit/offset → SKIP/LIMIT; first/after → a list slice. Cursors are base64 of "arrayconnection:N" (the offset),
/// as the Neo4j GraphQL Library and graphql-relay write them.
/// </summary>
internal sealed class PaginationTranslator(TranslationContext context)
{
    private const string CursorPrefix = "arrayconnection:";

    /// <summary>SKIP and LIMIT of a list (either may be null); root lists default to <see cref="GraphQLOptions.DefaultLimit"/>.</summary>
    public (Parameter? Skip, Parameter? Limit) SkipLimit(FieldRequest field, bool root)
    {
        var offset = NonNegative(field, "offset");
        var limit = NonNegative(field, "limit") ?? (root ? context.Options.DefaultLimit : null);
        CheckMax(field, limit, "limit");
        var skip = offset is { } o ? context.Parameter(o) : null;
        return (skip, limit is { } l ? context.Parameter(l) : null);
    }

    /// <summary>The offset a connection page starts at and how many edges it holds (null: all).</summary>
    public (long Offset, long? First) Page(FieldRequest field)
    {
        var first = NonNegative(field, "first");
        CheckMax(field, first, "first");
        var after = field.Argument("after") as string;
        return (after is null ? 0 : DecodeCursor(field, after) + 1, first);
    }

    public static string Cursor(long offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(CursorPrefix + offset.ToString(CultureInfo.InvariantCulture)));

    private static long DecodeCursor(FieldRequest field, string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(CursorPrefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }
        }
        catch (FormatException)
        {
        }
        throw new TranslationException("BAD_USER_INPUT", $"'{cursor}' is not a cursor of this connection.", field);
    }

    private static long? NonNegative(FieldRequest field, string argument)
    {
        if (field.Argument(argument) is not { } value) return null;
        var n = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        if (n < 0) throw new TranslationException("BAD_USER_INPUT", $"'{argument}' must not be negative.", field);
        return n;
    }

    private void CheckMax(FieldRequest field, long? value, string argument)
    {
        if (value > context.Options.MaxLimit)
        {
            throw new TranslationException("LIMIT_EXCEEDED", $"'{argument}' may be at most {context.Options.MaxLimit}.", field);
        }
    }
}
