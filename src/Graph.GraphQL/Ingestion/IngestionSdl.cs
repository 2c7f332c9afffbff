using Graph.GraphQL.Schema;

namespace Graph.GraphQL.Ingestion;

/// <summary>
/// Ingestion and review in the schema: <c>ingestDocument</c>, the proposals and candidates it leaves for editors,
/// and the mutations that accept (optionally edited) or reject a proposal. Proposal and Candidate are not entity
/// types: nothing proposed appears among the facts until accepted.
/// </summary>
internal static class IngestionSdl
{
    public static readonly IReadOnlyList<string> QueryFields = ["proposals", "candidates"];

    public static readonly IReadOnlyList<string> MutationFields = ["ingestDocument", "acceptProposal", "rejectProposal", "acceptCandidate", "rejectCandidate"];

    public static void WriteTypes(SdlWriter w)
    {
        w.Open("input", "IngestDocumentInput", "A report to ingest: text or Markdown, and its metadata.");
        w.Field("text", "String!", "The report's content.");
        w.Field("markdown", "Boolean", "true: the text is Markdown (markup is dropped before splitting).");
        w.Field("title", "String", "Headline.");
        w.Field("publishedAt", "Date", "Publication date; short forms such as \"President Aliyev\" resolve against it.");
        w.Field("source", "String", "Publisher or agency.");
        w.Field("id", "ID", "The Document's id (a slug); by default made from the date and title.");
        w.Close();
        w.Open("type", "IngestResult", "What an ingestion did; created is false (and the counts zero) when the same text was already in the graph.");
        w.Field("documentId", "ID!", "The Document's id.");
        w.Field("created", "Boolean!", "Whether a new Document was written.");
        w.Field("sentences", "Int!", "Sentences split.");
        w.Field("mentionedEntities", "Int!", "Known entities linked with MENTIONED_IN.");
        w.Field("candidates", "Int!", "New entity and mention candidates.");
        w.Field("proposals", "Int!", "New proposed facts.");
        w.Close();
        w.Open("type", "Proposal", "A fact a sentence appears to state, waiting for an editor; it becomes a relationship only when accepted.");
        foreach (var (name, type, description) in ProposalFields) w.Field(name, type, description);
        w.Close();
        w.Open("type", "Candidate", "A name that links to no known entity (kind entity) or to several (kind mention, with the alternatives).");
        foreach (var (name, type, description) in CandidateFields) w.Field(name, type, description);
        w.Close();
        w.Open("input", "ProposalEditInput", "Changes made while accepting; absent fields keep the proposal's value.");
        w.Field("type", "String", "Relationship type, e.g. SIGNED.");
        w.Field("from", "String", "Start node as Label:id.");
        w.Field("to", "String", "End node as Label:id.");
        w.Field("properties", "String", "JSON object of edge properties, merged over the proposal's.");
        w.Field("evidence", "String", "Another sentence of the same document, verbatim.");
        w.Field("basis", "String", "'stated' or 'implied' (then a note is needed).");
        w.Field("note", "String", "Why an implied fact is drawn.");
        w.Close();
        w.Open("input", "CandidateEditInput", "How to read a candidate while accepting it.");
        w.Field("label", "EntityType", "Entity candidates: the type to create (default: the suggested one).");
        w.Field("id", "ID", "Entity candidates: the id (a slug; default: made from the name). An existing entity with it is reused.");
        w.Field("name", "String", "Entity candidates: the name (default: the text).");
        w.Field("entity", "String", "Mention candidates: the alternative meant, as Label:id.");
        w.Close();
    }

    public static void WriteQueryFields(SdlWriter w)
    {
        w.Field("proposals", "[Proposal!]!", "Proposed facts, by document and sentence. Needs the editor or admin role.", "(status: String = \"proposed\", source: ID, first: Int = 100)");
        w.Field("candidates", "[Candidate!]!", "Entity and mention candidates. Needs the editor or admin role.", "(status: String = \"proposed\", kind: String, source: ID, first: Int = 100)");
    }

    public static void WriteMutationFields(SdlWriter w)
    {
        w.Field("ingestDocument", "IngestResult!", "Ingest a report: Document with sentence offsets, mentions, candidates and proposals (the same text again changes nothing).", "(input: IngestDocumentInput!)");
        w.Field("acceptProposal", "Proposal!", "Accept a proposal, optionally edited: its relationship is written with source and evidence; recorded in the audit trail.", "(id: ID!, edit: ProposalEditInput)");
        w.Field("rejectProposal", "Proposal!", "Reject a proposal: it stays rejected when a report states it again; recorded in the audit trail.", "(id: ID!, reason: String)");
        w.Field("acceptCandidate", "Candidate!", "Accept a candidate: create the entity (or choose the alternative) and record its mention; recorded in the audit trail.", "(id: ID!, edit: CandidateEditInput)");
        w.Field("rejectCandidate", "Candidate!", "Reject a candidate: the name is not offered again; recorded in the audit trail.", "(id: ID!, reason: String)");
    }

    private static readonly (string, string, string)[] ProposalFields =
    [
        ("id", "ID!", "Stable id: one per fact and sentence."),
        ("status", "String!", "proposed, accepted or rejected."),
        ("type", "String!", "Relationship type."),
        ("from", "String!", "Start node as Label:id."),
        ("to", "String!", "End node as Label:id."),
        ("properties", "String", "JSON object of the proposed edge properties."),
        ("basis", "String", "'implied' when the sentence only suggests the fact."),
        ("note", "String", "Why an implied fact is proposed."),
        ("rule", "String", "The rule that proposed it."),
        ("source", "ID!", "The Document it comes from."),
        ("sentence", "Int", "Number of the evidence sentence (1-based)."),
        ("evidence", "String!", "The sentence, verbatim."),
        ("evidenceStart", "Int", "Where the sentence starts in the document's text."),
        ("evidenceEnd", "Int", "Just past its end."),
        ("reviewedBy", "String", "Who accepted or rejected it."),
        ("reviewedAt", "String", "When (ISO 8601)."),
        ("reason", "String", "Why it was rejected."),
    ];

    private static readonly (string, string, string)[] CandidateFields =
    [
        ("id", "ID!", "Stable id: one per name and suggested label."),
        ("kind", "String!", "entity (links to nothing) or mention (links to several)."),
        ("status", "String!", "proposed, accepted or rejected."),
        ("text", "String!", "The name as written."),
        ("label", "String", "The entity type its wording suggests."),
        ("alternatives", "[String!]", "Mention candidates: the entities it may name, as Label:id."),
        ("rule", "String", "The rule that found it."),
        ("source", "ID", "The first Document it was found in."),
        ("sources", "[ID!]", "Every Document it was found in."),
        ("sentence", "Int", "Number of the sentence (1-based) in the first document."),
        ("evidence", "String", "That sentence, verbatim."),
        ("start", "Int", "Where the name starts in the document's text."),
        ("end", "Int", "Just past its end."),
        ("entity", "String", "Accepted: the entity it became or names, as Label:id."),
        ("reviewedBy", "String", "Who accepted or rejected it."),
        ("reviewedAt", "String", "When (ISO 8601)."),
        ("reason", "String", "Why it was rejected."),
    ];
}
