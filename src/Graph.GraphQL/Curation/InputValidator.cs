using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core.Model;

namespace Graph.GraphQL.Curation;

/// <summary>
/// Checks one input value against its property in the model before anything is read or written: required values
/// are present and not blank, ids are slugs, dates are calendar dates, enum-like values are among the allowed ones.
/// </summary>
internal static partial class InputValidator
{
    public static void Check(PropertyDefinition property, object? value, string path, CurationPlan plan)
    {
        if (value is null)
        {
            if (property.Required) plan.Problem(path, $"'{property.Name}' is required and cannot be null.");
            return;
        }
        switch (property.Type)
        {
            case ScalarType.Id or ScalarType.String when value is string text:
                if (property.Required && string.IsNullOrWhiteSpace(text))
                {
                    plan.Problem(path, $"'{property.Name}' is required and cannot be empty.");
                }
                else if (property.Type == ScalarType.Id && !Slug().IsMatch(text))
                {
                    plan.Problem(path, $"'{text}' is not a valid id: ids are lower-case slugs such as 'astana-talks-2023' (letters a-z, digits, single hyphens between them).");
                }
                else if (property.AllowedValues is { } allowed && !allowed.Contains(text, StringComparer.Ordinal))
                {
                    plan.Problem(path, $"'{text}' is not a valid {property.Name}: it must be one of {string.Join(", ", allowed.Select(a => $"'{a}'"))}.");
                }
                break;
            case ScalarType.Date when !IsDate(value):
                plan.Problem(path, $"'{value}' is not a date: write it as YYYY-MM-DD, e.g. 2023-04-12.");
                break;
        }
    }

    /// <summary>The stored form of a checked value: dates as ISO text (the write statement wraps them in date()).</summary>
    public static object? Stored(object? value) => Translation.ParameterValues.Normalize(value);

    private static bool IsDate(object value) => value switch
    {
        DateOnly or DateTime or DateTimeOffset => true,
        string text => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => false,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
