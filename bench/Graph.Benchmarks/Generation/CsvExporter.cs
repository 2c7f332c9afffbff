using System.Globalization;

namespace Graph.Benchmarks.Generation;

/// <summary>
/// Writes the generated graph as CSV for Kuzu's COPY FROM and our CSV import: one node file per label
/// (id,name,kind) and one relationship file per rule (start,end as entity ids), plus manifest.json naming them.
/// </summary>
internal static class CsvExporter
{
    public static void Export(GraphGenerator generator, string directory)
    {
        Directory.CreateDirectory(directory);
        var nodes = new List<object>();
        foreach (var kind in GraphShape.Kinds)
        {
            var file = $"nodes_{kind.Label}.csv";
            using var writer = new StreamWriter(Path.Combine(directory, file));
            // neo4j-admin headers (our import reads them); Kuzu skips the header line.
            writer.WriteLine($"id:ID({kind.Label}),name,kind");
            foreach (var row in generator.Entities(kind))
            {
                // Generated values hold no comma or quote, so no quoting is needed.
                writer.Write(row.Id); writer.Write(','); writer.Write(row.Name); writer.Write(','); writer.WriteLine(row.Kind);
            }

            nodes.Add(new { label = kind.Label, file, count = generator.Shape.Count(kind) });
        }

        var relationships = new List<object>();
        foreach (var rule in GraphGenerator.Rules)
        {
            var file = $"rels_{rule.Name}.csv";
            using var writer = new StreamWriter(Path.Combine(directory, file));
            writer.WriteLine($":START_ID({rule.From.Label}),:END_ID({rule.To.Label})");
            foreach (var (from, to) in generator.Relationships(rule))
            {
                writer.Write(rule.From.Prefix); writer.Write(from.ToString(CultureInfo.InvariantCulture)); writer.Write(',');
                writer.Write(rule.To.Prefix); writer.WriteLine(to.ToString(CultureInfo.InvariantCulture));
            }

            relationships.Add(new { type = rule.Type, from = rule.From.Label, to = rule.To.Label, file, count = generator.RelationshipCount(rule) });
        }

        var manifest = new
        {
            entities = generator.Shape.Entities,
            seed = generator.Seed,
            lookupMinistry = LookupIds.Ministry(generator),
            nodes,
            relationships,
        };
        File.WriteAllText(Path.Combine(directory, "manifest.json"), System.Text.Json.JsonSerializer.Serialize(manifest));
    }
}
