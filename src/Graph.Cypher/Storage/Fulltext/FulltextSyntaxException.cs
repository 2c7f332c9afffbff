namespace Graph.Cypher.Storage.Fulltext;

/// <summary>A malformed full-text query; the reader turns it into Neo4j's ProcedureCallFailed error.</summary>
internal sealed class FulltextSyntaxException(string message) : Exception(message);
