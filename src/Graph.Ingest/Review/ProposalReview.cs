using Graph.Core.Model;
using Graph.Core.Store;
using Graph.Ingest.Gazetteers;

namespace Graph.Ingest.Review;

/// <summary>
/// An editor's decision on a proposed fact, inside the caller's transaction: accept (optionally edited) writes the
/// relationship with its provenance (source, evidence checked verbatim against the document, basis, note) after
/// checking it against the model; reject marks the proposal so re-ingestion never revives it. A reviewed proposal
/// is not reviewed again.
/// </summary>
public sealed class ProposalReview(KnowledgeModel model)
{
    public const string Label = "Proposal";

    public async Task<ReviewOutcome> AcceptAsync(IGraphTransaction transaction, string id, ProposalEdit? edit, string actor, CancellationToken cancellationToken)
    {
        var proposal = await ReviewStatus.PendingAsync(transaction, Label, id, cancellationToken);
        edit ??= new ProposalEdit();
        var type = edit.Type ?? (string)proposal["type"]!;
        var relationship = model.Relationship(type) is { IsFact: true } r ? r
            : throw new IngestException("BAD_USER_INPUT", $"'{type}' is not a fact relationship of the model.");
        var from = Endpoint(edit.From ?? (string)proposal["from"]!, relationship.From, "from", type);
        var to = Endpoint(edit.To ?? (string)proposal["to"]!, relationship.To, "to", type);
        var source = (string)proposal["source"]!;
        var evidence = edit.Evidence ?? (string)proposal["evidence"]!;
        var basis = edit.Basis ?? proposal.GetValueOrDefault("basis") as string;
        var note = edit.Note ?? proposal.GetValueOrDefault("note") as string;
        if (basis is not null && basis is not ("stated" or "implied")) throw new IngestException("BAD_USER_INPUT", $"basis must be 'stated' or 'implied', not '{basis}'.");
        if (basis == "implied" && string.IsNullOrWhiteSpace(note)) throw new IngestException("BAD_USER_INPUT", "An implied fact needs a note saying why it is drawn.");

        var properties = Properties(proposal, edit, relationship);
        properties["source"] = source;
        properties["evidence"] = evidence;
        if (basis is not null) properties["basis"] = basis;
        if (note is not null) properties["note"] = note;

        var check = await transaction.RunAsync(
            $$"""
            OPTIONAL MATCH (d:Document {id: $source})
            OPTIONAL MATCH (a:{{from.Label}} {id: $from})
            OPTIONAL MATCH (b:{{to.Label}} {id: $to})
            RETURN d.text AS text, a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo
            """,
            new Dictionary<string, object?> { ["source"] = source, ["from"] = from.Id, ["to"] = to.Id }, cancellationToken);
        var row = check.Records[0];
        if (row["text"] is not string text) throw new IngestException("BAD_USER_INPUT", $"The proposal's document '{source}' no longer exists.");
        if (!text.Contains(evidence, StringComparison.Ordinal)) throw new IngestException("BAD_USER_INPUT", $"The evidence is not found verbatim in document '{source}'.");
        if (row["hasFrom"] is not true) throw new IngestException("NOT_FOUND", $"No {from} in the graph.");
        if (row["hasTo"] is not true) throw new IngestException("NOT_FOUND", $"No {to} in the graph.");

        // Labels and type were checked against the model above; every value is a parameter.
        var written = await transaction.RunAsync(
            $$"""
            MATCH (a:{{from.Label}} {id: $from}), (b:{{to.Label}} {id: $to})
            OPTIONAL MATCH (a)-[old:{{type}}]->(b)
            WITH a, b, properties(old) AS before
            MERGE (a)-[r:{{type}}]->(b)
            SET r += $properties
            RETURN before, properties(r) AS after
            """,
            new Dictionary<string, object?> { ["from"] = from.Id, ["to"] = to.Id, ["properties"] = properties }, cancellationToken);
        var edited = edit.Type is not null || edit.From is not null || edit.To is not null || edit.Properties is not null || edit.Evidence is not null || edit.Basis is not null || edit.Note is not null;
        var item = await ReviewStatus.MarkAsync(transaction, Label, id, "accepted", actor, null, new Dictionary<string, object?>
        {
            ["acceptedType"] = type, ["acceptedFrom"] = from.ToString(), ["acceptedTo"] = to.ToString(), ["edited"] = edited,
        }, cancellationToken);
        var fact = $"({from})-[:{type}]->({to})";
        return new ReviewOutcome(
            [$"{Label}:{id}", from.ToString(), to.ToString()],
            new Dictionary<string, object?> { ["proposal"] = proposal, ["relationships"] = new Dictionary<string, object?> { [fact] = written.Records[0]["before"] } },
            new Dictionary<string, object?> { ["proposal"] = item, ["relationships"] = new Dictionary<string, object?> { [fact] = written.Records[0]["after"] } })
        {
            Item = item,
        };
    }

    public async Task<ReviewOutcome> RejectAsync(IGraphTransaction transaction, string id, string? reason, string actor, CancellationToken cancellationToken)
    {
        var proposal = await ReviewStatus.PendingAsync(transaction, Label, id, cancellationToken);
        var item = await ReviewStatus.MarkAsync(transaction, Label, id, "rejected", actor, reason, new Dictionary<string, object?>(), cancellationToken);
        return ReviewStatus.Rejected(Label, id, proposal, item);
    }

    private EntityRef Endpoint(string text, IReadOnlyList<string> allowed, string end, string type)
    {
        var entity = EntityRef.Parse(text) ?? throw new IngestException("BAD_USER_INPUT", $"'{text}' is not an entity reference of the form Label:id.");
        return allowed.Contains(entity.Label) && model.Entity(entity.Label) is not null ? entity
            : throw new IngestException("BAD_USER_INPUT", $"{type} cannot go {end} a {entity.Label}; it joins {string.Join("|", model.Relationship(type)!.From)} to {string.Join("|", model.Relationship(type)!.To)}.");
    }

    private static Dictionary<string, object?> Properties(IReadOnlyDictionary<string, object?> proposal, ProposalEdit edit, RelationshipType relationship)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (proposal.GetValueOrDefault("properties") is string json)
        {
            foreach (var (name, value) in JsonProperties.Parse(json)) properties[name] = value;
        }
        foreach (var (name, value) in edit.Properties ?? new Dictionary<string, object?>()) properties[name] = value;
        foreach (var (name, value) in properties.ToList())
        {
            var definition = relationship.Properties.FirstOrDefault(p => p.Name == name)
                ?? throw new IngestException("BAD_USER_INPUT", $"{relationship.Type} has no property '{name}'.");
            properties[name] = Coerce(definition, value);
        }
        return properties;
    }

    private static object? Coerce(PropertyDefinition definition, object? value) => (definition.Type, value) switch
    {
        (_, null) => null,
        (ScalarType.String or ScalarType.Id, string s) => s,
        (ScalarType.Float, long or int or double) => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
        (ScalarType.Int, long or int) => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        (ScalarType.Boolean, bool b) => b,
        _ => throw new IngestException("BAD_USER_INPUT", $"Property '{definition.Name}' takes a {definition.Type}, not '{value}'."),
    };
}
