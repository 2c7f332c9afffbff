using Graph.Benchmarks.Generation;

namespace Graph.Benchmarks.LoadRun;

/// <summary>
/// The baseline for the two-level query: the same generated graph as plain C# objects
/// (a Dictionary by id, entity lists per label, out-edges as List), queried by hand.
/// </summary>
internal sealed class HandWrittenGraph
{
    private readonly Dictionary<string, List<Entity>> _byLabel = [];

    public HandWrittenGraph(GraphGenerator generator)
    {
        var byIndex = new Entity[generator.Shape.Entities];
        foreach (var kind in GraphShape.Kinds)
        {
            var list = new List<Entity>();
            foreach (var row in generator.Entities(kind))
            {
                var entity = new Entity(kind.Label, row.Id, row.Name, row.Kind);
                byIndex[row.Index] = entity;
                ById[row.Id] = entity;
                list.Add(entity);
            }

            _byLabel[kind.Label] = list;
        }

        foreach (var rule in GraphGenerator.Rules)
        {
            foreach (var (from, to) in generator.Relationships(rule))
            {
                byIndex[from].Out.Add(new Edge(rule.Type, byIndex[to]));
            }
        }
    }

    public Dictionary<string, Entity> ById { get; } = new(StringComparer.Ordinal);

    /// <summary>Every ministry with the names of the agreements it is party to (the two-level GraphQL query).</summary>
    public List<(string Ministry, List<string> Agreements)> AgreementsPerMinistry()
    {
        var ministries = _byLabel[GraphShape.Ministry.Label];
        var result = new List<(string, List<string>)>(ministries.Count);
        foreach (var ministry in ministries)
        {
            var agreements = new List<string>();
            foreach (var edge in ministry.Out)
            {
                if (edge.Type == "PARTY_TO" && edge.To.Label == "Agreement") agreements.Add(edge.To.Name);
            }

            result.Add((ministry.Name, agreements));
        }

        return result;
    }

    /// <summary>The same as the maps the GraphQL translator's statement returns: typename and name at both levels.</summary>
    public List<Dictionary<string, object?>> AgreementsPerMinistryAsMaps()
    {
        var ministries = _byLabel[GraphShape.Ministry.Label];
        var result = new List<Dictionary<string, object?>>(ministries.Count);
        foreach (var ministry in ministries)
        {
            var agreements = new List<object?>();
            foreach (var edge in ministry.Out)
            {
                if (edge.Type == "PARTY_TO" && edge.To.Label == "Agreement")
                {
                    agreements.Add(new Dictionary<string, object?>(2) { ["__typename"] = "Agreement", ["name"] = edge.To.Name });
                }
            }

            result.Add(new Dictionary<string, object?>(3) { ["__typename"] = "Ministry", ["name"] = ministry.Name, ["agreements"] = agreements });
        }

        return result;
    }

    internal sealed class Entity(string label, string id, string name, string kind)
    {
        public string Label { get; } = label;

        public string Id { get; } = id;

        public string Name { get; } = name;

        public string Kind { get; } = kind;

        public List<Edge> Out { get; } = [];
    }

    internal readonly record struct Edge(string Type, Entity To);
}
