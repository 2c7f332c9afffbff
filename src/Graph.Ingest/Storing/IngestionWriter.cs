using System.Text.Json;
using Graph.Core.Store;
using Graph.Ingest.Linking;
using Graph.Ingest.Proposing;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Storing;

/// <summary>
/// The last stage: writes the Document (text, metadata, hash, sentence offsets), one MENTIONED_IN per linked
/// entity, and the candidates and proposals as <c>(:Candidate)</c> and <c>(:Proposal)</c> nodes, which are not model
/// labels, so no entity query shows them as facts. Candidates and proposals are MERGEd on stable ids and only
/// initialised on creation: a rejected one stays rejected when a document states it again.
/// </summary>
internal sealed class IngestionWriter(IGraphTransaction transaction, CancellationToken cancellationToken)
{
    public async Task WriteDocumentAsync(string id, string text, string hash, IngestRequest request, IReadOnlyList<Sentence> sentences)
    {
        var name = request.Title ?? (sentences.Count > 0 ? Shorten(sentences[0].Text) : id);
        await transaction.RunAsync(
            """
            CREATE (d:Document {id: $id})
            SET d.name = $name, d.title = $title, d.source = $source, d.text = $text, d.contentHash = $hash,
                d.sentenceStarts = $starts, d.sentenceEnds = $ends,
                d.publishedAt = CASE WHEN $published IS NULL THEN null ELSE date($published) END
            """,
            new Dictionary<string, object?>
            {
                ["id"] = id, ["name"] = name, ["title"] = request.Title, ["source"] = request.Source, ["text"] = text, ["hash"] = hash,
                ["starts"] = sentences.Select(s => (object?)(long)s.Start).ToList(),
                ["ends"] = sentences.Select(s => (object?)(long)s.End).ToList(),
                ["published"] = request.PublishedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            },
            cancellationToken);
    }

    /// <summary>One MENTIONED_IN per entity: its sentence numbers, the first as evidence with its offsets, and every span.</summary>
    public async Task<int> WriteMentionsAsync(string documentId, IReadOnlyList<Mention> mentions)
    {
        var written = 0;
        foreach (var label in mentions.GroupBy(m => m.Entity.Label))
        {
            var rows = label.GroupBy(m => m.Entity.Id).Select(g =>
            {
                var first = g.First().Sentence;
                return (object?)new Dictionary<string, object?>
                {
                    ["id"] = g.Key,
                    ["sentences"] = g.Select(m => (object?)(long)m.Sentence.Number).Distinct().ToList(),
                    ["evidence"] = first.Text,
                    ["evidenceStart"] = (long)first.Start,
                    ["evidenceEnd"] = (long)first.End,
                    ["spans"] = g.SelectMany(m => new object?[] { (long)m.Start, (long)m.End }).ToList(),
                };
            }).ToList();
            // The label comes from the model (the gazetteer's entities), never from input.
            await transaction.RunAsync(
                $$"""
                MATCH (d:Document {id: $document})
                UNWIND $rows AS m
                MATCH (e:{{label.Key}} {id: m.id})
                MERGE (e)-[r:MENTIONED_IN]->(d)
                SET r.sentences = m.sentences, r.source = $document, r.evidence = m.evidence,
                    r.evidenceStart = m.evidenceStart, r.evidenceEnd = m.evidenceEnd, r.spans = m.spans
                """,
                new Dictionary<string, object?> { ["document"] = documentId, ["rows"] = rows },
                cancellationToken);
            written += rows.Count;
        }
        return written;
    }

    public async Task<int> WriteCandidatesAsync(string documentId, IReadOnlyList<EntityCandidate> candidates)
    {
        var rows = candidates.DistinctBy(c => CandidateId(c)).Select(c => (object?)new Dictionary<string, object?>
        {
            ["id"] = CandidateId(c),
            ["kind"] = c.Kind,
            ["text"] = c.Text,
            ["label"] = c.Label,
            ["alternatives"] = c.Alternatives.Cast<object?>().ToList(),
            ["rule"] = c.Rule,
            ["sentence"] = (long)c.Sentence.Number,
            ["evidence"] = c.Sentence.Text,
            ["evidenceStart"] = (long)c.Sentence.Start,
            ["evidenceEnd"] = (long)c.Sentence.End,
            ["start"] = (long)c.Start,
            ["end"] = (long)c.End,
        }).ToList();
        if (rows.Count == 0) return 0;
        var result = await transaction.RunAsync(
            """
            UNWIND $rows AS c
            MERGE (x:Candidate {id: c.id})
            ON CREATE SET x.kind = c.kind, x.text = c.text, x.label = c.label, x.alternatives = c.alternatives, x.rule = c.rule,
                          x.source = $document, x.sentence = c.sentence, x.evidence = c.evidence, x.evidenceStart = c.evidenceStart, x.evidenceEnd = c.evidenceEnd,
                          x.start = c.start, x.end = c.end,
                          x.status = 'proposed', x.createdAt = datetime()
            SET x.sources = CASE WHEN $document IN coalesce(x.sources, []) THEN x.sources ELSE coalesce(x.sources, []) + $document END
            """,
            new Dictionary<string, object?> { ["document"] = documentId, ["rows"] = rows },
            cancellationToken);
        return result.Counters.NodesCreated;
    }

    public async Task<int> WriteProposalsAsync(string documentId, IReadOnlyList<ProposedFact> facts)
    {
        var rows = facts.Select(f => (object?)new Dictionary<string, object?>
        {
            ["id"] = ProposalId(f),
            ["type"] = f.Type,
            ["from"] = f.From.ToString(),
            ["to"] = f.To.ToString(),
            ["properties"] = JsonSerializer.Serialize(f.Properties),
            ["basis"] = f.Basis,
            ["note"] = f.Note,
            ["rule"] = f.Rule,
            ["sentence"] = (long)f.Sentence.Number,
            ["evidence"] = f.Sentence.Text,
            ["evidenceStart"] = (long)f.Sentence.Start,
            ["evidenceEnd"] = (long)f.Sentence.End,
        }).DistinctBy(r => ((Dictionary<string, object?>)r!)["id"]).ToList();
        if (rows.Count == 0) return 0;
        var result = await transaction.RunAsync(
            """
            UNWIND $rows AS p
            MERGE (x:Proposal {id: p.id})
            ON CREATE SET x.type = p.type, x.from = p.from, x.to = p.to, x.properties = p.properties, x.basis = p.basis, x.note = p.note,
                          x.rule = p.rule, x.source = $document, x.sentence = p.sentence, x.evidence = p.evidence,
                          x.evidenceStart = p.evidenceStart, x.evidenceEnd = p.evidenceEnd, x.status = 'proposed', x.createdAt = datetime()
            """,
            new Dictionary<string, object?> { ["document"] = documentId, ["rows"] = rows },
            cancellationToken);
        return result.Counters.NodesCreated;
    }

    /// <summary>Candidates are one per name (and suggested label), across documents.</summary>
    public static string CandidateId(EntityCandidate c) => Slugs.Stable("cand", c.Kind, c.Text, c.Label);

    /// <summary>Proposals are one per fact and sentence: the same sentence in another report is the same proposal.</summary>
    public static string ProposalId(ProposedFact f) => Slugs.Stable("prop", f.Type, f.From.ToString(), f.To.ToString(), f.Sentence.Text);

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..100].TrimEnd() + "…";
}
