using Graph.Core.Model;

namespace Graph.Ingest.Gazetteers;

/// <summary>
/// Every way the text may name a known entity: names and aliases from the graph, demonyms from the model
/// (<see cref="Demonyms"/>) and each State's own list, and the short forms news uses for people (family name,
/// title + family name). Topics are areas named by common nouns, so they match in any case; names match exactly.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Titles a report puts before a family name; also the roles a LEADS edge may carry.</summary>
    public static readonly IReadOnlyList<string> Titles = ["President", "Prime Minister", "Foreign Minister", "Minister", "King", "Emir", "Chancellor", "Chairman"];

    public Gazetteer(IReadOnlyList<KnownEntity> entities)
    {
        Entities = entities;
        Forms = Build(entities);
    }

    public static Gazetteer Empty { get; } = new([]);

    public IReadOnlyList<KnownEntity> Entities { get; }

    public IReadOnlyList<SurfaceForm> Forms { get; }

    public KnownEntity? Find(EntityRef entity) => Entities.FirstOrDefault(e => e.Ref == entity);

    public IEnumerable<KnownEntity> OfLabel(string label) => Entities.Where(e => e.Label == label);

    private static List<SurfaceForm> Build(IReadOnlyList<KnownEntity> entities)
    {
        var exact = new Dictionary<(string Text, FormKind Kind), List<KnownEntity>>();
        void Add(string text, FormKind kind, KnownEntity entity)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            var key = (text.Trim(), kind);
            if (!exact.TryGetValue(key, out var list)) exact[key] = list = [];
            if (!list.Contains(entity)) list.Add(entity);
        }

        foreach (var entity in entities)
        {
            Add(entity.Name, FormKind.Name, entity);
            foreach (var alias in entity.Aliases) Add(alias, FormKind.Alias, entity);
            if (entity.Label == "State")
            {
                foreach (var demonym in entity.Demonyms.Concat(Demonyms.Of(entity.Name))) Add(demonym, FormKind.Demonym, entity);
            }
        }
        var forms = exact.Select(kv => new SurfaceForm(kv.Key.Text, kv.Key.Kind, kv.Value, IgnoreCase: kv.Value.All(e => e.Label == "Topic"))).ToList();

        foreach (var bearers in entities.Where(e => e.Surname is not null).GroupBy(e => e.Surname!, StringComparer.Ordinal))
        {
            forms.Add(new SurfaceForm(bearers.Key, FormKind.Surname, bearers.ToList()));
            foreach (var title in Titles) forms.Add(new SurfaceForm($"{title} {bearers.Key}", FormKind.TitledSurname, bearers.ToList(), Title: title));
        }
        return forms;
    }
}
