using Graph.Core.Values;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>
/// Whether a value is of a type, as <c>IS :: type</c> decides it (Cypher manual, "Type predicate expressions"):
/// null is of every nullable type; a list is of LIST&lt;T&gt; when every element is of T; a property value is a
/// storable value (a simple value or a list of one simple type).
/// </summary>
internal static class CypherTypeTest
{
    public static bool Matches(object? value, CypherType type)
    {
        if (type.Union is { } members) return value is null ? !type.NotNull : members.Any(m => Matches(value, m));
        if (value is null) return type.Kind == CypherTypeKind.Null || (!type.NotNull && type.Kind != CypherTypeKind.Nothing);
        StackGuard.Check();
        return type.Kind switch
        {
            CypherTypeKind.Any => true,
            CypherTypeKind.Nothing or CypherTypeKind.Null => false,
            CypherTypeKind.Boolean => value is bool,
            CypherTypeKind.String => value is string,
            CypherTypeKind.Integer => value is long or int,
            CypherTypeKind.Float => value is double,
            CypherTypeKind.Date => value is CypherDate,
            CypherTypeKind.LocalTime => value is CypherLocalTime,
            CypherTypeKind.ZonedTime => value is CypherTime,
            CypherTypeKind.LocalDateTime => value is CypherLocalDateTime,
            CypherTypeKind.ZonedDateTime => value is CypherDateTime,
            CypherTypeKind.Duration => value is CypherDuration,
            CypherTypeKind.Point => value is CypherPoint,
            CypherTypeKind.Node => value is NodeRef,
            CypherTypeKind.Relationship => value is RelRef,
            CypherTypeKind.Path => value is PathValue,
            CypherTypeKind.Map => value is IReadOnlyDictionary<string, object?>,
            CypherTypeKind.List => value is IReadOnlyList<object?> list && list.All(item => Matches(item, type.Element!)),
            CypherTypeKind.PropertyValue => IsPropertyValue(value),
            _ => false,
        };
    }

    private static bool IsSimple(object value) =>
        value is bool or string or long or int or double or CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime
            or CypherDateTime or CypherDuration or CypherPoint;

    private static bool IsPropertyValue(object value)
    {
        if (IsSimple(value)) return true;
        if (value is not IReadOnlyList<object?> list) return false;
        if (list.Any(item => item is null || !IsSimple(item))) return false;
        return list.Select(item => CypherTypeNames.Of(item)).Distinct().Count() <= 1;
    }
}
