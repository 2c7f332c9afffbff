using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.TestSupport;

namespace Graph.GraphQL.Tests.Support;

/// <summary>The README's example queries (examples/graphql) and JSON helpers for their responses.</summary>
internal static class Examples
{
    public static string Directory => Path.Combine(RepositoryPaths.Root, "examples", "graphql");

    public static IEnumerable<object[]> Names() =>
        System.IO.Directory.GetFiles(Directory, "*.graphql").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).Select(n => new object[] { n! });

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name + ".graphql"));

    public static string Pretty(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static JsonNode Parse(string json) => JsonNode.Parse(json)!;
}
