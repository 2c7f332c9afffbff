using System.Text;
using System.Text.Json;

namespace Graph.GraphQL.Tests.Support;

/// <summary>Renders a statement and its parameters as one readable text for expected-Cypher snapshots.</summary>
internal static class StatementText
{
    public static string Render(string statement, IReadOnlyDictionary<string, object?> parameters)
    {
        var text = new StringBuilder(statement).Append("\n\n// parameters\n");
        foreach (var (name, value) in parameters.OrderBy(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(": ").Append(JsonSerializer.Serialize(value)).Append('\n');
        }
        return text.ToString();
    }
}
