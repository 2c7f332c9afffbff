using Graph.Core.Model;
using Graph.Core.Store;
using Graph.Ingest.Gazetteers;
using Graph.Ingest.Storing;

namespace Graph.Ingest.Review;

/// <summary>
/// An editor's decision on a candidate: accepting an entity candidate creates the entity (or takes the existing one
/// with that id) and records its mention in the document it came from; accepting a mention candidate records the
/// mention for the alternative chosen; rejecting keeps the name from being offered again.
/// </summary>
public sealed class CandidateReview(KnowledgeModel model)
{
    public const string Label = "Candidate";

    public async Task<ReviewOutcome> AcceptAsync(IGraphTransaction transaction, string id, CandidateEdit? edit, string actor, CancellationToken cancellationToken)
    {
        var candidate = await ReviewStatus.PendingAsync(transaction, Label, id, cancellationToken);
        edit ??= new CandidateEdit();
        var text = (string)candidate["text"]!;
        var entity = candidate.GetValueOrDefault("kind") is Proposing.EntityCandidate.MentionKind ? Chosen(candidate, edit) : NewEntity(candidate, edit, text);

        // The label was checked against the model; every value is a parameter.
        var written = await transaction.RunAsync(
            $$"""
            MATCH (d:Document {id: $source})
            MERGE (n:{{entity.Label}} {id: $id})
            ON CREATE SET n.name = $name
            MERGE (n)-[r:MENTIONED_IN]->(d)
            SET r.source = d.id,
                r.sentences = CASE WHEN $sentence IN coalesce(r.sentences, []) THEN r.sentences ELSE coalesce(r.sentences, []) + $sentence END,
                r.evidence = coalesce(r.evidence, $evidence), r.evidenceStart = coalesce(r.evidenceStart, $evidenceStart),
                r.evidenceEnd = coalesce(r.evidenceEnd, $evidenceEnd), r.spans = coalesce(r.spans, []) + [$start, $end]
            RETURN properties(n) AS node, properties(r) AS mention
            """,
            new Dictionary<string, object?>
            {
                ["source"] = candidate.GetValueOrDefault("source"), ["id"] = entity.Id, ["name"] = edit.Name ?? text,
                ["sentence"] = candidate.GetValueOrDefault("sentence"), ["evidence"] = candidate.GetValueOrDefault("evidence"),
                ["evidenceStart"] = candidate.GetValueOrDefault("evidenceStart"), ["evidenceEnd"] = candidate.GetValueOrDefault("evidenceEnd"),
                ["start"] = candidate.GetValueOrDefault("start"), ["end"] = candidate.GetValueOrDefault("end"),
            },
            cancellationToken);
        if (written.Records.Count == 0) throw new IngestException("NOT_FOUND", $"The candidate's document '{candidate.GetValueOrDefault("source")}' no longer exists.");
        var item = await ReviewStatus.MarkAsync(transaction, Label, id, "accepted", actor, null, new Dictionary<string, object?> { ["entity"] = entity.ToString() }, cancellationToken);
        return new ReviewOutcome(
            [$"{Label}:{id}", entity.ToString()],
            new Dictionary<string, object?> { ["candidate"] = candidate },
            new Dictionary<string, object?> { ["candidate"] = item, ["node"] = written.Records[0]["node"], ["mention"] = written.Records[0]["mention"] })
        {
            Item = item,
        };
    }

    public async Task<ReviewOutcome> RejectAsync(IGraphTransaction transaction, string id, string? reason, string actor, CancellationToken cancellationToken)
    {
        var candidate = await ReviewStatus.PendingAsync(transaction, Label, id, cancellationToken);
        var item = await ReviewStatus.MarkAsync(transaction, Label, id, "rejected", actor, reason, new Dictionary<string, object?>(), cancellationToken);
        return ReviewStatus.Rejected(Label, id, candidate, item);
    }

    private static EntityRef Chosen(IReadOnlyDictionary<string, object?> candidate, CandidateEdit edit)
    {
        var alternatives = candidate.GetValueOrDefault("alternatives") is IEnumerable<object?> list ? list.OfType<string>().ToList() : [];
        return edit.Entity is { } chosen && alternatives.Contains(chosen) && EntityRef.Parse(chosen) is { } entity ? entity
            : throw new IngestException("BAD_USER_INPUT", $"Choose the entity this name stands for (edit.entity): one of {string.Join(", ", alternatives)}.");
    }

    private EntityRef NewEntity(IReadOnlyDictionary<string, object?> candidate, CandidateEdit edit, string text)
    {
        var label = edit.Label ?? candidate.GetValueOrDefault("label") as string
            ?? throw new IngestException("BAD_USER_INPUT", "This candidate suggests no entity type; give edit.label.");
        if (label == "Document" || model.Entity(label) is null) throw new IngestException("BAD_USER_INPUT", $"'{label}' is not an entity type of the model.");
        var name = edit.Name ?? text;
        if (string.IsNullOrWhiteSpace(name)) throw new IngestException("BAD_USER_INPUT", "An entity needs a name.");
        var id = edit.Id ?? Slugs.Of(name);
        return Slugs.IsSlug(id) ? new EntityRef(label, id)
            : throw new IngestException("BAD_USER_INPUT", $"Entity id '{id}' is not a slug (lower-case letters, digits and single hyphens).");
    }
}

