using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Cli.Jsonl;
using Graph.Core.Errors;
using Graph.Core.Scripts;

namespace Graph.Cli.Statements;

/// <summary>
/// The parameters a statement runs with, from weakest to strongest: a query file's <c>// params: {…}</c>
/// header (its defaults), <c>--params JSON</c>, then each <c>--param name=value</c> (the value read as JSON
/// when it is JSON, else as a string, so <c>--param id=kz</c> needs no quotes).
/// </summary>
internal static partial class QueryParameters
{
    public static Dictionary<string, object?> Combine(string? script, string? paramsJson, IEnumerable<string> pairs)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (script is not null && QueryFileHeader.Read(script).ParamsJson is { } header) Merge(parameters, ParseObject(header, "the file's // params: header"));
        if (paramsJson is not null) Merge(parameters, ParseObject(paramsJson, "--params"));
        foreach (var pair in pairs)
        {
            var (name, value) = Pair(pair);
            parameters[name] = value;
        }
        return parameters;
    }

    /// <summary><c>name=value</c>; the value is JSON if it parses as JSON, else the text itself.</summary>
    public static (string Name, object? Value) Pair(string pair)
    {
        var equals = pair.IndexOf('=');
        if (equals <= 0) throw new ArgumentException($"--param takes name=value, e.g. --param id=kz (got '{pair}')");
        var name = pair[..equals].Trim().TrimStart('$');
        if (!NameText().IsMatch(name)) throw new ArgumentException($"--param '{name}' is not a parameter name");
        var text = pair[(equals + 1)..];
        try
        {
            using var json = JsonDocument.Parse(text);
            return (name, JsonlValueReader.Read(json.RootElement));
        }
        catch (JsonException)
        {
            return (name, text);
        }
    }

    /// <summary>A JSON value for one parameter (<c>:param name &lt;json&gt;</c> in the shell).</summary>
    public static object? Value(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonlValueReader.Read(document.RootElement);
    }

    private static Dictionary<string, object?> ParseObject(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new ArgumentException($"{source} must be a JSON object, e.g. {{\"id\": \"kz\"}}");
            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => JsonlValueReader.Read(p.Value), StringComparer.Ordinal);
        }
        catch (Exception e) when (e is JsonException or GraphException)
        {
            throw new ArgumentException($"{source} is not valid JSON: {e.Message}");
        }
    }

    private static void Merge(Dictionary<string, object?> into, Dictionary<string, object?> from)
    {
        foreach (var (key, value) in from) into[key] = value;
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameText();
}
