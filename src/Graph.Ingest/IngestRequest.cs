namespace Graph.Ingest;

/// <summary>
/// One document to ingest: its content (plain text or Markdown), optional metadata, and optionally the id to give
/// it (a slug; by default one is made from the date and title).
/// </summary>
public sealed record IngestRequest(string Content)
{
    public string? Title { get; init; }

    public DateOnly? PublishedAt { get; init; }

    public string? Source { get; init; }

    public string? Id { get; init; }

    public bool Markdown { get; init; }
}
