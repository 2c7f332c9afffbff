using System.Globalization;
using Graph.Core.Values;

namespace Graph.Cypher.Import;

/// <summary>Field text to engine values by the header's type; an empty field is no property at all.</summary>
internal static class CsvValues
{
    /// <exception cref="FormatException">The text is not a value of the type.</exception>
    public static object? Read(ReadOnlySpan<char> text, CsvColumn column, char arrayDelimiter)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        if (!column.IsArray)
        {
            return One(text, column.Type);
        }

        var items = new List<object>();
        foreach (var range in text.Split(arrayDelimiter))
        {
            items.Add(One(text[range], column.Type));
        }

        return items.ToArray();
    }

    private static object One(ReadOnlySpan<char> text, CsvValueType type) => type switch
    {
        CsvValueType.String => text.ToString(),
        CsvValueType.Long => long.Parse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        CsvValueType.Double => double.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture),
        CsvValueType.Boolean => Boolean(text.Trim()),
        CsvValueType.Date => CanonicalTemporalParser.Date(text.Trim().ToString()),
        CsvValueType.LocalTime => CanonicalTemporalParser.LocalTime(text.Trim().ToString()),
        CsvValueType.Time => CanonicalTemporalParser.Time(text.Trim().ToString()),
        CsvValueType.LocalDateTime => CanonicalTemporalParser.LocalDateTime(text.Trim().ToString()),
        CsvValueType.DateTime => CanonicalTemporalParser.DateTime(text.Trim().ToString()),
        CsvValueType.Duration => CanonicalTemporalParser.Duration(text.Trim().ToString()),
        _ => throw new FormatException($"unsupported type {type}"),
    };

    private static bool Boolean(ReadOnlySpan<char> text) =>
        text.Equals("true", StringComparison.OrdinalIgnoreCase) ? true
        : text.Equals("false", StringComparison.OrdinalIgnoreCase) ? false
        : throw new FormatException("not true or false");
}
