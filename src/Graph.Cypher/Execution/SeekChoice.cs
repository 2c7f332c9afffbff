using Graph.Cypher.Planning;

namespace Graph.Cypher.Execution;

/// <summary>An index-seek decision already taken for a start node (Known), possibly "no seek" (Seek null); default = not taken yet.</summary>
internal readonly record struct SeekChoice(bool Known, NodeSeek? Seek);
