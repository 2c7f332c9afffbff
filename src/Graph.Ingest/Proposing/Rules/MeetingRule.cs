using System.Text.RegularExpressions;
using Graph.Ingest.Gazetteers;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Proposing.Rules;

/// <summary>
/// "A met with B": both leaders ATTENDED the meeting the graph knows on the document's date (kind Meeting, Talks or
/// Summit); the leader of the state the dateline city lies in is the host. A dateline in the same sentence
/// ("Astana, 12 April 2023: …") gives the meeting's place (HELD_IN).
/// </summary>
public sealed partial class MeetingRule : IFactRule
{
    private static readonly HashSet<string> MeetingKinds = new(StringComparer.OrdinalIgnoreCase) { "Meeting", "Talks", "Summit" };

    public IEnumerable<ProposedFact> Propose(Sentence sentence, ProposalContext context)
    {
        if (!Met().IsMatch(sentence.Text)) yield break;
        var leaders = context.In(sentence, "Leader").Select(m => m.Entity).Distinct().ToList();
        if (leaders.Count < 2) yield break;
        if (context.Gazetteer.OfLabel("Event").Where(e => e.Date == context.Date && e.Kind is { } k && MeetingKinds.Contains(k)).ToList() is not [var meeting]) yield break;

        var dateline = Dateline(sentence, context);
        var hostState = dateline is null ? null : context.Gazetteer.Find(dateline)?.LocatedIn;
        foreach (var leader in leaders)
        {
            var properties = new Dictionary<string, object?>();
            if (hostState is not null) properties["role"] = context.StateOf(leader) == hostState ? "host" : "guest";
            yield return new ProposedFact("ATTENDED", leader, meeting.Ref, sentence, "meeting") { Properties = properties };
        }
        if (dateline is not null) yield return new ProposedFact("HELD_IN", meeting.Ref, dateline, sentence, "meeting");
    }

    /// <summary>The place a sentence opens with, before a comma and a date: the report's dateline.</summary>
    private static EntityRef? Dateline(Sentence sentence, ProposalContext context) =>
        context.In(sentence, "Place").FirstOrDefault(m => m.Start == sentence.Start) is { } place
        && DatelineTail().IsMatch(sentence.Text[(place.End - sentence.Start)..])
            ? place.Entity
            : null;

    [GeneratedRegex(@"\b(met with|meets with|met|meets|held talks with|hold talks with)\b")]
    private static partial Regex Met();

    [GeneratedRegex(@"^,\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|^,\s*[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}")]
    private static partial Regex DatelineTail();
}
