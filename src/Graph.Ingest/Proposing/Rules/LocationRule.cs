using Graph.Ingest.Splitting;

namespace Graph.Ingest.Proposing.Rules;

/// <summary>"FACILITY in PLACE" and "PLACE, STATE" next to each other → LOCATED_IN.</summary>
public sealed class LocationRule : IFactRule
{
    public IEnumerable<ProposedFact> Propose(Sentence sentence, ProposalContext context)
    {
        var mentions = context.In(sentence);
        foreach (var what in mentions.Where(m => m.Entity.Label is "Facility" or "Place"))
        {
            foreach (var where in mentions.Where(m => m.Start > what.End && m.Entity.Label is "Place" or "State" && m.Entity != what.Entity))
            {
                var between = RuleText.Between(sentence, what.End, where.Start);
                var located = between == " in " || (what.Entity.Label == "Place" && where.Entity.Label == "State" && between == ", ");
                if (located && where.How != Gazetteers.FormKind.Demonym) yield return new ProposedFact("LOCATED_IN", what.Entity, where.Entity, sentence, "location");
            }
        }
    }
}
