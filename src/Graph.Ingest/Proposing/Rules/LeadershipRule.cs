using Graph.Ingest.Gazetteers;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Proposing.Rules;

/// <summary>
/// "President of Kazakhstan, Kassym-Jomart Tokayev" and "Azerbaijani President Ilham Aliyev": a title tied to a
/// state, then a person → (Leader)-[:LEADS {role}]->(State).
/// </summary>
public sealed class LeadershipRule : IFactRule
{
    public IEnumerable<ProposedFact> Propose(Sentence sentence, ProposalContext context)
    {
        var states = context.In(sentence, "State");
        foreach (var leader in context.In(sentence, "Leader"))
        {
            foreach (var state in states.Where(s => s.End <= leader.Start))
            {
                if (Role(sentence, state, leader) is { } role)
                {
                    yield return new ProposedFact("LEADS", leader.Entity, state.Entity, sentence, "leadership")
                    {
                        Properties = new Dictionary<string, object?> { ["role"] = role },
                    };
                }
            }
        }
    }

    private static string? Role(Sentence sentence, Linking.Mention state, Linking.Mention leader)
    {
        var between = RuleText.Between(sentence, state.End, leader.Start);
        var before = RuleText.Between(sentence, sentence.Start, state.Start);
        foreach (var title in Gazetteer.Titles)
        {
            // Title of State, Person
            if (before.EndsWith(title + " of ", StringComparison.Ordinal) && between.Trim() == ",") return title;
            // Kazakh President Person / Kazakhstan's President Person
            var rest = between.TrimStart('’', '\'', 's').Trim();
            if (between.Length < title.Length + 5 && rest == title) return title;
        }
        return null;
    }
}
