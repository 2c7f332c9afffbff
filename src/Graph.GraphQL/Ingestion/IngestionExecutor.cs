using System.Globalization;
using System.Text.Json;
using Graph.Core.Model;
using Graph.Core.Store;
using Graph.GraphQL.Audit;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Translation;
using Graph.Ingest;
using Graph.Ingest.Review;

namespace Graph.GraphQL.Ingestion;

/// <summary>
/// Runs the ingestion fields: the mutations in one transaction with their audit records (who, when, what before and
/// after), the editor-only reads of proposals and candidates as one statement each. Refusals become GraphQL errors
/// with the pipeline's code (BAD_USER_INPUT, NOT_FOUND, ALREADY_REVIEWED).
/// </summary>
internal sealed class IngestionExecutor(IGraphDatabase database, KnowledgeModel model)
{
    public static bool Handles(FieldRequest field) => IngestionSdl.QueryFields.Contains(field.Name) || IngestionSdl.MutationFields.Contains(field.Name);

    public async Task<Dictionary<string, object?>> MutateAsync(IReadOnlyList<FieldRequest> roots, GraphQLCaller caller, CancellationToken cancellationToken) =>
        await database.RunInTransactionAsync(AccessMode.Write, async (transaction, ct) =>
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var field in roots.Where(r => !r.Name.StartsWith("__", StringComparison.Ordinal)))
            {
                values[field.ResponseKey] = await Guard(field, () => MutateFieldAsync(transaction, field, caller, ct));
            }
            return values;
        }, cancellationToken);

    public async Task<Dictionary<string, object?>> ReadAsync(IReadOnlyList<FieldRequest> roots, GraphQLCaller caller, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in roots)
        {
            CheckEditor(field, caller);
            var label = field.Name == "proposals" ? "Proposal" : "Candidate";
            var first = Convert.ToInt64(field.Argument("first") ?? 100L, CultureInfo.InvariantCulture);
            if (first is < 0 or > 1000) throw new TranslationException("BAD_USER_INPUT", "first must lie between 0 and 1000.", field);
            var result = await database.RunAsync(
                $"""
                MATCH (x:{label})
                WHERE ($status IS NULL OR x.status = $status) AND ($source IS NULL OR x.source = $source) AND ($kind IS NULL OR x.kind = $kind)
                RETURN properties(x) AS x, toString(x.reviewedAt) AS reviewedAt
                ORDER BY x.source, x.sentence, x.id
                LIMIT $first
                """,
                new Dictionary<string, object?>
                {
                    ["status"] = field.Argument("status") as string, ["source"] = field.Argument("source") as string,
                    ["kind"] = field.Argument("kind") as string, ["first"] = first,
                },
                AccessMode.Read, cancellationToken);
            values[field.ResponseKey] = result.Records.Select(r => (object?)Item((IReadOnlyDictionary<string, object?>)r["x"]!, r["reviewedAt"] as string)).ToList();
        }
        return values;
    }

    private async Task<object?> MutateFieldAsync(IGraphTransaction transaction, FieldRequest field, GraphQLCaller caller, CancellationToken cancellationToken)
    {
        var actor = caller.Name ?? "anonymous";
        var review = new ProposalReview(model);
        var candidates = new CandidateReview(model);
        switch (field.Name)
        {
            case "ingestDocument":
                var outcome = await new IngestionPipeline().IngestAsync(transaction, Request(field), cancellationToken);
                var result = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["documentId"] = outcome.DocumentId, ["created"] = outcome.Created, ["sentences"] = outcome.Sentences,
                    ["mentionedEntities"] = outcome.MentionedEntities, ["candidates"] = outcome.Candidates, ["proposals"] = outcome.Proposals,
                };
                // Same text again changes nothing, so the trail has nothing to record.
                if (outcome.Created) await AuditTrail.RecordShapesAsync(transaction, caller, field.Name, [$"Document:{outcome.DocumentId}"], null, result, cancellationToken);
                return result;
            case "acceptProposal":
                return await RecordAsync(transaction, caller, field, await review.AcceptAsync(transaction, Id(field), Edit(field), actor, cancellationToken), cancellationToken);
            case "rejectProposal":
                return await RecordAsync(transaction, caller, field, await review.RejectAsync(transaction, Id(field), field.Argument("reason") as string, actor, cancellationToken), cancellationToken);
            case "acceptCandidate":
                return await RecordAsync(transaction, caller, field, await candidates.AcceptAsync(transaction, Id(field), CandidateEdit(field), actor, cancellationToken), cancellationToken);
            default:
                return await RecordAsync(transaction, caller, field, await candidates.RejectAsync(transaction, Id(field), field.Argument("reason") as string, actor, cancellationToken), cancellationToken);
        }
    }

    private static async Task<object?> RecordAsync(IGraphTransaction transaction, GraphQLCaller caller, FieldRequest field, ReviewOutcome outcome, CancellationToken cancellationToken)
    {
        await AuditTrail.RecordShapesAsync(transaction, caller, field.Name, outcome.Touched, outcome.Before, outcome.After, cancellationToken);
        return Item(outcome.Item, null);
    }

    private static async Task<object?> Guard(FieldRequest field, Func<Task<object?>> run)
    {
        try
        {
            return await run();
        }
        catch (IngestException ex)
        {
            throw new TranslationException(ex.Code, ex.Message, field);
        }
    }

    private static void CheckEditor(FieldRequest field, GraphQLCaller caller)
    {
        if (!caller.IsAuthenticated) throw new TranslationException("UNAUTHENTICATED", $"Reading {field.Name} needs a signed-in editor or admin.", field);
        if (!caller.Has(Roles.Editor)) throw new TranslationException("FORBIDDEN", $"Reading {field.Name} needs the editor or admin role; '{caller.Name}' has neither.", field);
    }

    /// <summary>Store values → what the resolvers serialize: ints, strings, lists; times as ISO text.</summary>
    private static Dictionary<string, object?> Item(IReadOnlyDictionary<string, object?> properties, string? reviewedAt)
    {
        var item = properties.ToDictionary(kv => kv.Key, kv => ResultValues.Normalize(kv.Value), StringComparer.Ordinal);
        item["reviewedAt"] = reviewedAt ?? (properties.GetValueOrDefault("reviewedAt") is { } at ? at.ToString() : null);
        item.Remove("createdAt");
        return item;
    }

    private static string Id(FieldRequest field) => field.Argument("id") as string ?? throw new TranslationException("BAD_USER_INPUT", "id is required.", field);

    private static IngestRequest Request(FieldRequest field)
    {
        var input = field.Argument("input") as IReadOnlyDictionary<string, object?> ?? throw new TranslationException("BAD_USER_INPUT", "input is required.", field);
        return new IngestRequest(input.GetValueOrDefault("text") as string ?? "")
        {
            Title = input.GetValueOrDefault("title") as string,
            Source = input.GetValueOrDefault("source") as string,
            Id = input.GetValueOrDefault("id") as string,
            Markdown = input.GetValueOrDefault("markdown") is true,
            PublishedAt = input.GetValueOrDefault("publishedAt") switch
            {
                null => null,
                DateOnly d => d,
                DateTime t => DateOnly.FromDateTime(t),
                DateTimeOffset o => DateOnly.FromDateTime(o.Date),
                string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
                var other => throw new TranslationException("BAD_USER_INPUT", $"publishedAt must be a date (YYYY-MM-DD), not '{other}'.", field),
            },
        };
    }

    private static CandidateEdit? CandidateEdit(FieldRequest field) =>
        field.Argument("edit") is IReadOnlyDictionary<string, object?> edit
            ? new CandidateEdit
            {
                Label = edit.GetValueOrDefault("label")?.ToString(),
                Id = edit.GetValueOrDefault("id") as string,
                Name = edit.GetValueOrDefault("name") as string,
                Entity = edit.GetValueOrDefault("entity") as string,
            }
            : null;

    private static ProposalEdit? Edit(FieldRequest field)
    {
        if (field.Argument("edit") is not IReadOnlyDictionary<string, object?> edit) return null;
        IReadOnlyDictionary<string, object?>? properties = null;
        if (edit.GetValueOrDefault("properties") is string json)
        {
            try
            {
                properties = JsonProperties.Parse(json);
            }
            catch (JsonException)
            {
                throw new TranslationException("BAD_USER_INPUT", "edit.properties must be a JSON object, e.g. {\"role\": \"President\"}.", field);
            }
        }
        return new ProposalEdit
        {
            Type = edit.GetValueOrDefault("type") as string,
            From = edit.GetValueOrDefault("from") as string,
            To = edit.GetValueOrDefault("to") as string,
            Properties = properties,
            Evidence = edit.GetValueOrDefault("evidence") as string,
            Basis = edit.GetValueOrDefault("basis") as string,
            Note = edit.GetValueOrDefault("note") as string,
        };
    }
}
