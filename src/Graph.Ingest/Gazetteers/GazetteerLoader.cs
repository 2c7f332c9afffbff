using System.Globalization;
using Graph.Core.Model;
using Graph.Core.Store;

namespace Graph.Ingest.Gazetteers;

/// <summary>
/// Builds the <see cref="Gazetteer"/> from the graph inside the ingestion's transaction: one read per entity label
/// of the model, so a label added to the model is linked without a change here.
/// </summary>
public static class GazetteerLoader
{
    public static async Task<Gazetteer> LoadAsync(IGraphTransaction transaction, KnowledgeModel model, CancellationToken cancellationToken)
    {
        var entities = new List<KnownEntity>();
        foreach (var label in model.Labels.Where(l => l != "Document"))
        {
            // Labels come from the model, never from input, so they may be spliced into the statement.
            var result = await transaction.RunAsync(
                $$"""
                MATCH (n:{{label}})
                OPTIONAL MATCH (n)-[l:LEADS]->(s:State)
                OPTIONAL MATCH (n)-[:LOCATED_IN]->(w)
                WITH n, collect(DISTINCT {state: s.id, role: l.role, since: toString(l.since), until: toString(l.until)}) AS leads, collect(DISTINCT labels(w)[0] + ':' + w.id) AS located
                RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.demonyms AS demonyms, n.kind AS kind,
                       toString(n.date) AS date, n.year AS year, leads, located
                ORDER BY id
                """,
                null, cancellationToken);
            foreach (var row in result.Records)
            {
                if (row["id"] is not string id || row["name"] is not string name) continue;
                entities.Add(new KnownEntity(new EntityRef(label, id), name, Strings(row["aliases"]))
                {
                    Demonyms = Strings(row["demonyms"]),
                    Kind = row["kind"] as string,
                    Date = Date(row["date"]),
                    Year = row["year"] is long y ? y : null,
                    Leads = Leads(row["leads"]),
                    LocatedIn = Strings(row["located"]).Select(EntityRef.Parse).FirstOrDefault(r => r is not null),
                });
            }
        }
        return new Gazetteer(entities);
    }

    private static List<string> Strings(object? value) => value is IEnumerable<object?> list ? list.OfType<string>().ToList() : [];

    private static DateOnly? Date(object? value) =>
        value is string text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static List<Leadership> Leads(object? value) =>
        value is IEnumerable<object?> list
            ? list.OfType<IReadOnlyDictionary<string, object?>>()
                .Where(m => m.GetValueOrDefault("state") is string)
                .Select(m => new Leadership((string)m["state"]!, m.GetValueOrDefault("role") as string, Date(m.GetValueOrDefault("since")), Date(m.GetValueOrDefault("until"))))
                .ToList()
            : [];
}
