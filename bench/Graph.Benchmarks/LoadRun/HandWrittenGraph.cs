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
                byIndex[to].In.Add(new Edge(rule.Type, byIndex[from]));
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

    /// <summary>
    /// The same nested maps as the GraphQL translator's statement for `{ ministries { name agreements { name date
    /// parties { name } } } }` returns: typename at every level, agreements' parties (the states party to them).
    /// </summary>
    public List<Dictionary<string, object?>> AgreementsPerMinistryAsMaps()
    {
        var ministries = _byLabel[GraphShape.Ministry.Label];
        var result = new List<Dictionary<string, object?>>(ministries.Count);
        foreach (var ministry in ministries)
        {
            var agreements = new List<object?>();
            foreach (var edge in ministry.Out)
            {
                if (edge.Type != "PARTY_TO" || edge.To.Label != "Agreement") continue;
                var parties = new List<object?>();
                foreach (var party in edge.To.In)
                {
                    if (party.Type == "PARTY_TO" && party.To.Label == "State")
                    {
                        parties.Add(new Dictionary<string, object?>(2) { ["__typename"] = "State", ["name"] = party.To.Name });
                    }
                }

                agreements.Add(new Dictionary<string, object?>(4) { ["__typename"] = "Agreement", ["name"] = edge.To.Name, ["date"] = null, ["parties"] = parties });
            }

            result.Add(new Dictionary<string, object?>(3) { ["__typename"] = "Ministry", ["name"] = ministry.Name, ["agreements"] = agreements });
        }

        return result;
    }

    /// <summary>Entries at every level below the ministries (agreements plus their parties): both sides are counted alike.</summary>
    public static long NestedEntries(IEnumerable<object?> ministries) =>
        ministries.Sum(m =>
        {
            var agreements = (IReadOnlyList<object?>)((IDictionary<string, object?>)m!)["agreements"]!;
            return agreements.Count + agreements.Sum(a => (long)((IReadOnlyList<object?>)((IDictionary<string, object?>)a!)["parties"]!).Count);
        });

    internal sealed class Entity(string label, string id, string name, string kind)
    {
        public string Label { get; } = label;

        public string Id { get; } = id;

        public string Name { get; } = name;

        public string Kind { get; } = kind;

        public List<Edge> Out { get; } = [];

        public List<Edge> In { get; } = [];
    }

    /// <summary>An edge seen from one end; for an incoming edge <see cref="To"/> is the node it comes from.</summary>
    internal readonly record struct Edge(string Type, Entity To);
}
