namespace Graph.Ingest;

/// <summary>Input the ingestion or the review refuses, with a stable code (BAD_USER_INPUT, NOT_FOUND, …) and a message for the user.</summary>
public sealed class IngestException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
