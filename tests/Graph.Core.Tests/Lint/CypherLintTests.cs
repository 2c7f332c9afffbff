using System.Text.Json.Nodes;
using Graph.Core.Migrations;
using Graph.Core.Scripts;
using Graph.Core.Tests.Seed;
using Graph.TestSupport;

namespace Graph.Core.Tests.Lint;

// Locks down that every statement in cypher/ passes Neo4j's own front end without errors or deprecations.
public sealed class CypherLintTests(LinterFixture fixture) : IClassFixture<LinterFixture>
{
    [Fact]
    public async Task TheLinterIsLiveAndReportsABrokenStatement()
    {
        var diagnostics = await fixture.Linter.LintAsync("MATCH (n:State)\nWHERE n.name = 'Kazakhstan'\nRETURN n ORDER");
        Assert.Contains(diagnostics, d => d.IsError && d.Line == 3 && d.Message.Contains("expected 'BY'", StringComparison.Ordinal));
        Assert.DoesNotContain(await fixture.Linter.LintAsync("MATCH (n:State) RETURN n ORDER BY n.name"), d => d.IsError);
    }

    [Fact]
    public async Task ParametersAreCheckedAgainstTheGivenDefaults()
    {
        Assert.Contains(await fixture.Linter.LintAsync("RETURN $missing"), d => d.IsError);
        Assert.DoesNotContain(await fixture.Linter.LintAsync("RETURN $given", new JsonObject { ["given"] = 1 }), d => d.IsError);
    }

    [Fact]
    public async Task TheLinterReportsDeprecations()
    {
        // id() is deprecated in Neo4j 5 in favour of elementId() (Cypher manual, "Deprecations").
        var diagnostics = await fixture.Linter.LintAsync("MATCH (n) WHERE id(n) = 0 RETURN n");
        Assert.Contains(diagnostics, d => d.IsDeprecation && !d.IsError);
    }

    [Fact]
    public async Task EveryStatementInTheCypherFolderPassesNeo4jsFrontEnd()
    {
        var directory = CypherDirectory.At(RepositoryPaths.Cypher);
        var files = new List<string> { directory.SchemaFile };
        files.AddRange(directory.SeedFiles());
        files.AddRange(directory.QueryFiles());

        var problems = new List<string>();
        var count = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var parameters = QueryParameters.Defaults(text);
            foreach (var statement in CypherScript.Split(text))
            {
                count++;
                var diagnostics = await fixture.Linter.LintAsync(statement.Text, parameters);
                problems.AddRange(diagnostics
                    .Where(d => d.IsError || d.IsDeprecation)
                    .Select(d => $"{directory.NameOf(file)}:{statement.Line + d.Line - 1}:{d.Column} {d.Severity}: {d.Message}"));
            }
        }
        Assert.True(count > 100, $"only {count} statements found");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
