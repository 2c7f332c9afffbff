namespace Graph.Cypher.Values;

/// <summary>
/// String predicates and list membership. STARTS WITH / ENDS WITH / CONTAINS / =~ give null (not an
/// error) when an operand is null or not a string; IN is three-valued (<c>2 IN [1, null]</c> is null).
/// </summary>
internal static partial class CypherOperators
{
    /// <summary>
    /// <c>||</c>, GQL's concatenation: strings with strings, lists with lists (the manual calls it
    /// equivalent to <c>+</c> for these); null in gives null out.
    /// </summary>
    public static object? Concatenate(object? left, object? right)
    {
        if (left is null || right is null) return null;
        if (left is string ls && right is string rs) return ls + rs;
        if (left is IReadOnlyList<object?> && right is IReadOnlyList<object?>) return Add(left, right);
        throw CypherErrors.OperatorMismatch("concatenate", left, right);
    }

    public static bool? StartsWith(object? text, object? prefix) =>
        text is string t && prefix is string p ? t.StartsWith(p, StringComparison.Ordinal) : null;

    public static bool? EndsWith(object? text, object? suffix) =>
        text is string t && suffix is string s ? t.EndsWith(s, StringComparison.Ordinal) : null;

    public static bool? Contains(object? text, object? part) =>
        text is string t && part is string p ? t.Contains(p, StringComparison.Ordinal) : null;

    /// <summary><c>=~</c>: the whole string must match (Java's Matcher.matches).</summary>
    public static bool? RegexMatch(object? text, object? pattern) =>
        text is string t && pattern is string p ? CypherRegex.FullMatch(t, p) : null;

    public static bool? In(object? value, object? list)
    {
        switch (list)
        {
            case null:
                return null;
            case IReadOnlyList<object?> items:
                if (items.Count == 0) return false;
                if (value is null) return null;
                var undecided = false;
                for (var i = 0; i < items.Count; i++)
                {
                    var eq = CypherEquality.Equal(value, items[i]);
                    if (eq == true) return true;
                    if (eq is null) undecided = true;
                }
                return undecided ? null : false;
            default:
                throw CypherErrors.TypeMismatch("List<T>", list);
        }
    }
}
