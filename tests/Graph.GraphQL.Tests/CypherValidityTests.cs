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
        // The refusals reach the validation reads the applied mutations skip (fact counts, citations, existing edges).
        // A refused mutation changes nothing, so they share one seeded graph.
        await using (var refusals = await CurationGraph.SeededAsync())
        {
            foreach (var refused in CurationRefusalScenarios.Refused)
            {
                await refusals.RunAsync((string)refused[1]);
            }
            statements.AddRange(refusals.Recording.Calls.Select(c => ("refusals", c.Statement, c.Parameters)));
        }
        var missing = CurationStatementKinds.Where(k => !statements.Any(s => s.Statement.Contains(k.Marker, StringComparison.Ordinal))).Select(k => k.Kind).ToList();
        Assert.True(missing.Count == 0, "Not linted: " + string.Join(", ", missing));

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

    /// <summary>
    /// Every kind of statement a curation transaction sends, each with a text only that kind contains: the validation
    /// and snapshot reads (GraphReader), the writes (PlanWriter), the audit write and the <c>changes</c> read. If a
    /// kind stops being reached, the lint above no longer vouches for it on Neo4j 5, and this list says which.
    /// </summary>
    private static readonly (string Kind, string Marker)[] CurationStatementKinds =
    [
        ("nodes a where matches", "AS label, n.id AS id ORDER BY id"),
        ("relationships of a field", "RETURN o.id AS owner"),
        ("ids that exist", "WHERE n.id IN $ids RETURN n.id AS id"),
        ("relationship exists", "RETURN count(r) AS n"),
        ("node properties", "RETURN n.id AS id, properties(n) AS properties"),
        ("citations of a document", "WHERE r.source IN $ids"),
        ("fact relationships left", "NOT type(r) IN $other"),
        ("relationships a cascade removes", "UNION ALL MATCH"),
        ("relationship properties", "RETURN row.from AS from, row.to AS to, properties(r) AS properties"),
        ("node create", "SET n = row"),
        ("node create with a date", "= date(row."),
        ("node update", "SET n += row.properties"),
        ("node update with a date", "ELSE date(row.properties."),
        ("node delete", "DETACH DELETE n"),
        ("relationship create", "SET r = row.properties"),
        ("relationship update", "SET r += row.properties"),
        ("relationship delete", "DELETE r"),
        ("audit write", "CREATE (:Change {"),
        ("changes read", ".seq DESC"),
    ];
}
