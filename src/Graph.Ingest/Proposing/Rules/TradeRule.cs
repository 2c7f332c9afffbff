using System.Text.RegularExpressions;
using Graph.Ingest.Gazetteers;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Proposing.Rules;

/// <summary>
/// "trade increasing/rose by 40% to (reach) $500 million" → (State)-[:TRADES_WITH {growthPercent, volumeUsd}]->(State)
/// between the two states the sentence names, or the document's two states ("their bilateral trade"); a target
/// in one of the next two sentences ("might reach $1 billion") adds targetUsd with its own evidence.
/// </summary>
public sealed partial class TradeRule : IFactRule
{
    public IEnumerable<ProposedFact> Propose(Sentence sentence, ProposalContext context)
    {
        if (Growth().Match(sentence.Text) is not { Success: true } match) yield break;
        var named = context.In(sentence, "State").Select(m => m.Entity).Distinct().ToList();
        var pair = named.Count == 2 ? named : context.MainStates.ToList();
        if (pair.Count != 2) yield break;
        if (context.MainStates.Count == 2 && pair.ToHashSet().SetEquals(context.MainStates)) pair = [.. context.MainStates];

        var properties = new Dictionary<string, object?>
        {
            ["growthPercent"] = double.Parse(match.Groups["percent"].Value, System.Globalization.CultureInfo.InvariantCulture),
            ["volumeUsd"] = RuleText.Money(match.Groups["amount"].Value, match.Groups["scale"].Value),
        };
        foreach (var next in context.Sentences.Where(s => s.Number > sentence.Number && s.Number <= sentence.Number + 2))
        {
            if (Target().Match(next.Text) is { Success: true } target)
            {
                properties["targetUsd"] = RuleText.Money(target.Groups["amount"].Value, target.Groups["scale"].Value);
                properties["targetEvidence"] = next.Text;
                break;
            }
        }
        yield return new ProposedFact("TRADES_WITH", pair[0], pair[1], sentence, "trade") { Properties = properties };
    }

    [GeneratedRegex(@"\btrade\b.*?\b(increas\w*|rose|rising|grew|growing|grown)\s+by\s+(?<percent>\d+(?:\.\d+)?)\s*(%|percent|per cent)\s+to\s+(reach\s+|reaching\s+)?\$\s?(?<amount>\d[\d,]*(?:\.\d+)?)\s*(?<scale>thousand|million|billion|trillion)?", RegexOptions.IgnoreCase)]
    private static partial Regex Growth();

    [GeneratedRegex(@"\b(might|could|would|will|to|aim to|expected to)\s+reach\s+\$\s?(?<amount>\d[\d,]*(?:\.\d+)?)\s*(?<scale>thousand|million|billion|trillion)?", RegexOptions.IgnoreCase)]
    private static partial Regex Target();
}
