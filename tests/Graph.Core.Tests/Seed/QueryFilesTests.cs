using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Core.Migrations;
using Graph.Core.Scripts;
using Graph.TestSupport;

namespace Graph.Core.Tests.Seed;

// Locks down the analyst queries' format: one statement, a question header and defaults for every parameter.
public sealed partial class QueryFilesTests
{
    private static IReadOnlyList<string> Files => CypherDirectory.At(RepositoryPaths.Cypher).QueryFiles();

    public static TheoryData<string> QueryFiles() => [.. Files.Select(Path.GetFileName).Select(f => f!)];

    [Fact]
    public void EveryAnalystQuestionHasAFile()
    {
        Assert.Equal(
            ["agreements-by-ministry.cypher", "entities-by-connections.cypher", "evidence-for-entity.cypher",
             "facilities-by-state.cypher", "presidents-together.cypher", "shortest-path.cypher"],
            Files.Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [MemberData(nameof(QueryFiles))]
    public void QueryIsOneStatementWithQuestionAndParameterDefaults(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Cypher, "queries", file));
        var lines = text.Split('\n');
        Assert.StartsWith("// Question: ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("?", lines[0].TrimEnd(), StringComparison.Ordinal);
        var header = Assert.Single(lines, l => l.StartsWith("// params: ", StringComparison.Ordinal));
        using var defaults = JsonDocument.Parse(header["// params: ".Length..]);
        Assert.Equal(JsonValueKind.Object, defaults.RootElement.ValueKind);

        var statement = Assert.Single(CypherScript.Split(text));
        var used = Parameter().Matches(statement.Text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var given = defaults.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(used.Order(StringComparer.Ordinal), given.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"\$(\w+)")]
    private static partial Regex Parameter();
}
