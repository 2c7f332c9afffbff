using Graph.Ingest.Proposing.Rules;

namespace Graph.Ingest.Proposing;

/// <summary>
/// The rule-based proposer: every <see cref="IFactRule"/> over every sentence, duplicates (same fact from the same
/// sentence) dropped, plus <see cref="CandidateFinder"/> and one mention candidate per ambiguous span.
/// </summary>
public sealed class RuleProposer(IReadOnlyList<IFactRule> rules) : IProposer
{
    public static IReadOnlyList<IFactRule> DefaultRules { get; } =
    [
        new LeadershipRule(), new MeetingRule(), new SigningRule(), new EstablishingRule(), new NamedAfterRule(),
        new NamesakeRule(), new GiftRule(), new LocationRule(), new TradeRule(),
    ];

    public RuleProposer()
        : this(DefaultRules)
    {
    }

    public IReadOnlyList<EntityCandidate> Candidates(ProposalContext context)
    {
        var mentions = context.Links.Ambiguous.Select(a =>
            new EntityCandidate(EntityCandidate.MentionKind, a.Surface, a.Alternatives[0].Label, a.Sentence, a.Start, a.End, "ambiguous")
            {
                Alternatives = a.Alternatives.Select(r => r.ToString()).ToList(),
            });
        return [.. mentions, .. new CandidateFinder().Find(context)];
    }

    public IReadOnlyList<ProposedFact> Facts(ProposalContext context) =>
        context.Sentences
            .SelectMany(sentence => rules.SelectMany(rule => rule.Propose(sentence, context)))
            .Where(f => f.From != f.To)
            .DistinctBy(f => (f.Type, f.From, f.To, f.Sentence.Number))
            .ToList();
}
