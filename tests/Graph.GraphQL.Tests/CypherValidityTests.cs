using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.GraphQL.Tests.Support;
using Graph.TestSupport;

namespace Graph.GraphQL.Tests;

// Locks down that every generated statement is valid, non-deprecated Neo4j 5 Cypher, as judged by Neo4j's own front end.
public sealed class CypherValidityTests
{
    [Fact]
    public async Task Every_translated_statement_passes_Neo4js_linter_without_errors_or_deprecations()
    {
        var statements = new List<(string Name, string Statement, IReadOnlyDictionary<string, object?> Parameters)>();
        var requests = TranslationCases.QueryNames().Select(n => ((string)n[0], TranslationCases.Get((string)n[0])))
            .Concat(Examples.Names().Select(n => ((string)n[0], Examples.Read((string)n[0]))));
        foreach (var (name, query) in requests)
        {
            var recording = new RecordingGraphDatabase();
            await new KnowledgeGraphQL(recording, new GraphQLOptions { EnableRegex = true })
                .ExecuteAsync(TestRequests.For(query));
            if (recording.Transactions > 0)
            {
                statements.AddRange(recording.Calls.Select(c => (name, c.Statement, c.Parameters)));
                continue;
            }
            var call = Assert.Single(recording.Calls);
            statements.Add((name, call.Statement, call.Parameters));
        }
        // Mutations run on the seed, so every statement of their transaction (reads, write, audit) is linted.
        foreach (var name in TranslationCases.MutationNames().Select(n => (string)n[0]))
        {
            await using var graph = await CurationGraph.SeededAsync();
            await graph.RunAsync(TranslationCases.Get(name));
            statements.AddRange(graph.Recording.Calls.Select(c => (name, c.Statement, c.Parameters)));
        }

        await using var linter = await CypherLinter.StartAsync();
        // The linter is live: it rejects a broken statement and flags the deprecated importing WITH.
        Assert.Contains(await linter.LintAsync("MATCH (n RETURN n"), d => d.IsError);
        Assert.Contains(await linter.LintAsync("MATCH (n) CALL { WITH n RETURN n.x AS x } RETURN x"), d => d.IsDeprecation || d.IsError);
        var problems = new List<string>();
        foreach (var (name, statement, parameters) in statements)
        {
            var declared = JsonNode.Parse(JsonSerializer.Serialize(parameters))!.AsObject();
            foreach (var d in await linter.LintAsync(statement, declared))
            {
                if (d.IsError || d.IsDeprecation) problems.Add($"{name}: {d}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(statements.Count >= 20);
    }
}
