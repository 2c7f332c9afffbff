namespace Graph.Cypher.Storage;

/// <summary>
/// Something the data directory did that its owner should hear about, for the host to log: a damaged
/// last log record dropped on open, a failed log write (and its recovery), a failed checkpoint.
/// </summary>
/// <param name="Message">What happened, in a sentence a user can act on.</param>
/// <param name="File">The file concerned, when there is one.</param>
/// <param name="Offset">Where in the file, in bytes.</param>
/// <param name="Bytes">How many bytes were dropped or failed to be written.</param>
public sealed record StorageWarning(string Message, string? File = null, long? Offset = null, long? Bytes = null);
