using Graph.Core.Model;
using Graph.Core.Store;
using Graph.Ingest.Gazetteers;
using Graph.Ingest.Linking;
using Graph.Ingest.Proposing;
using Graph.Ingest.Splitting;
using Graph.Ingest.Storing;

namespace Graph.Ingest;

/// <summary>
/// Document → graph in separate, replaceable stages: split (<see cref="ISentenceSplitter"/>), link
/// (<see cref="IMentionLinker"/> over a <see cref="Gazetteer"/> built from the model and the graph), propose
/// (<see cref="IProposer"/>), write (<see cref="IngestionWriter"/>). Runs inside the caller's transaction, so a
/// failure leaves nothing half-written and the GraphQL layer records its audit entry in the same unit.
/// </summary>
public sealed class IngestionPipeline(KnowledgeModel model, ISentenceSplitter splitter, IMentionLinker linker, IProposer proposer)
{
    public IngestionPipeline()
        : this(KnowledgeModel.Default, new RuleSentenceSplitter(), new GazetteerLinker(), new RuleProposer())
    {
    }

    /// <summary>Runs the stages short of writing: what ingesting <paramref name="text"/> would find against <paramref name="gazetteer"/>.</summary>
    public Analysis Analyze(string text, Gazetteer gazetteer, DateOnly? date)
    {
        var sentences = splitter.Split(text);
        var links = linker.Link(sentences, gazetteer, date);
        var context = new ProposalContext(sentences, links, gazetteer, date);
        return new Analysis(sentences, links, proposer.Candidates(context), proposer.Facts(context));
    }

    public async Task<IngestOutcome> IngestAsync(IGraphTransaction transaction, IngestRequest request, CancellationToken cancellationToken)
    {
        var text = DocumentText.Normalize(request.Content ?? "", request.Markdown);
        if (text.Length == 0) throw new IngestException("BAD_USER_INPUT", "The document has no text.");
        var hash = Slugs.Hash(text);
        var same = await transaction.RunAsync(
            "MATCH (d:Document) WHERE d.contentHash = $hash OR d.text = $text RETURN d.id AS id LIMIT 1",
            new Dictionary<string, object?> { ["hash"] = hash, ["text"] = text }, cancellationToken);
        if (same.Records.Count > 0) return new IngestOutcome((string)same.Records[0]["id"]!, Created: false);

        var id = DocumentId(request, text);
        var taken = await transaction.RunAsync("MATCH (d:Document {id: $id}) RETURN d.id AS id", new Dictionary<string, object?> { ["id"] = id }, cancellationToken);
        if (taken.Records.Count > 0)
        {
            throw new IngestException("BAD_USER_INPUT", $"A different document already has the id '{id}'; give this one another id (or title).");
        }

        var gazetteer = await GazetteerLoader.LoadAsync(transaction, model, cancellationToken);
        var analysis = Analyze(text, gazetteer, request.PublishedAt);
        var facts = await NewFactsAsync(transaction, analysis.Facts, cancellationToken);

        var writer = new IngestionWriter(transaction, cancellationToken);
        await writer.WriteDocumentAsync(id, text, hash, request, analysis.Sentences);
        var entities = await writer.WriteMentionsAsync(id, analysis.Links.Mentions);
        var candidates = await writer.WriteCandidatesAsync(id, analysis.Candidates);
        var proposals = await writer.WriteProposalsAsync(id, facts);
        return new IngestOutcome(id, Created: true)
        {
            Sentences = analysis.Sentences.Count,
            MentionedEntities = entities,
            Mentions = analysis.Links.Mentions.Count,
            Candidates = candidates,
            Proposals = proposals,
        };
    }

    private static string DocumentId(IngestRequest request, string text)
    {
        if (request.Id is { } given)
        {
            return Slugs.IsSlug(given) ? given
                : throw new IngestException("BAD_USER_INPUT", $"Document id '{given}' is not a slug (lower-case letters, digits and single hyphens), e.g. '{Slugs.Of(given)}'.");
        }
        var basis = request.Title is { } title ? $"{request.PublishedAt:yyyy-MM-dd} {title}" : "document " + Slugs.Hash(text)[..12];
        var slug = Slugs.Of(basis);
        return slug.Length > 0 ? slug : "document-" + Slugs.Hash(text)[..12];
    }

    /// <summary>A fact the graph already holds is not proposed again; trade between two states is one fact whichever way it is written.</summary>
    private static async Task<List<ProposedFact>> NewFactsAsync(IGraphTransaction transaction, IReadOnlyList<ProposedFact> facts, CancellationToken cancellationToken)
    {
        var fresh = new List<ProposedFact>();
        foreach (var fact in facts)
        {
            // Labels and type come from the model and the gazetteer, never from input.
            var arrow = fact.Type == "TRADES_WITH" ? "-" : "->";
            var existing = await transaction.RunAsync(
                $"MATCH (:{fact.From.Label} {{id: $from}})-[r:{fact.Type}]{arrow}(:{fact.To.Label} {{id: $to}}) RETURN count(r) AS n",
                new Dictionary<string, object?> { ["from"] = fact.From.Id, ["to"] = fact.To.Id }, cancellationToken);
            if (existing.Records[0]["n"] is 0L) fresh.Add(fact);
        }
        return fresh;
    }
}

