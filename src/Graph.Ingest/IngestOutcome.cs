namespace Graph.Ingest;

/// <summary>
/// What one ingestion did. <see cref="Created"/> is false when the same text was already in the graph: then nothing
/// was written and the counts are zero.
/// </summary>
public sealed record IngestOutcome(string DocumentId, bool Created)
{
    public int Sentences { get; init; }

    /// <summary>Entities linked (MENTIONED_IN relationships written).</summary>
    public int MentionedEntities { get; init; }

    public int Mentions { get; init; }

    /// <summary>New entity and mention candidates (ones seen before are not counted again).</summary>
    public int Candidates { get; init; }

    /// <summary>New proposed facts (facts already in the graph and proposals seen before are not counted).</summary>
    public int Proposals { get; init; }
}
