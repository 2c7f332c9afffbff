using Graph.Ingest.Gazetteers;
using Graph.Ingest.Linking;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Proposing;

/// <summary>
/// What the proposal rules read: the document's sentences, its links, the gazetteer, and its date. The "main"
/// leaders and states are the document's protagonists (most mentioned), whom "the two presidents" or "the two
/// nations" refer to.
/// </summary>
public sealed class ProposalContext
{
    public ProposalContext(IReadOnlyList<Sentence> sentences, LinkedDocument links, Gazetteer gazetteer, DateOnly? date)
    {
        Sentences = sentences;
        Links = links;
        Gazetteer = gazetteer;
        Date = date;
        // The document's own "President of X, Y" counts while that LEADS is still a proposal, so "the two leaders"
        // and the leaders' states resolve in a report about people the graph does not yet know in office.
        _statedLeads = sentences.SelectMany(s => new Rules.LeadershipRule().Propose(s, this)).ToList();
        MainLeaders = Protagonists("Leader", e => e.Leads.Any(l => l.ActiveOn(date)) || _statedLeads.Any(f => f.From == e.Ref));
        MainStates = Protagonists("State", _ => true);
    }

    private readonly List<ProposedFact> _statedLeads;

    public IReadOnlyList<Sentence> Sentences { get; }

    public LinkedDocument Links { get; }

    public Gazetteer Gazetteer { get; }

    public DateOnly? Date { get; }

    public IReadOnlyList<EntityRef> MainLeaders { get; }

    public IReadOnlyList<EntityRef> MainStates { get; }

    public IReadOnlyList<Mention> In(Sentence sentence, string? label = null) =>
        Links.In(sentence).Where(m => label is null || m.Entity.Label == label).ToList();

    /// <summary>The state a leader heads at the document's date, if exactly one.</summary>
    public EntityRef? StateOf(EntityRef leader) =>
        (Gazetteer.Find(leader)?.Leads.Where(l => l.ActiveOn(Date)).Select(l => new EntityRef("State", l.StateId)) ?? [])
            .Concat(_statedLeads.Where(f => f.From == leader).Select(f => f.To))
            .Distinct().ToList() is [var state] ? state : null;

    /// <summary>The two most mentioned entities of a label (first mention breaks ties), when two stand out.</summary>
    private List<EntityRef> Protagonists(string label, Func<KnownEntity, bool> eligible) =>
        Links.Mentions.Where(m => m.Entity.Label == label && Gazetteer.Find(m.Entity) is { } e && eligible(e))
            .GroupBy(m => m.Entity)
            .OrderByDescending(g => g.Select(m => m.Sentence.Number).Distinct().Count())
            .ThenBy(g => g.Min(m => m.Start))
            .Take(2)
            .Select(g => g.Key)
            .ToList();
}
