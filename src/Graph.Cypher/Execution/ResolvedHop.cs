using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution;

/// <summary>
/// What a one-hop read needs from the store's tokens, worked out once per statement instead of once per start
/// node: its relationship types, its far end's labels, whether the far end's label is small enough for shared
/// values, and the property key its projection reads (-1 when it reads none, or a key no node has).
/// </summary>
/// <remarks><see cref="Comprehension"/> is the one it was worked out for (the projection's key depends on it).</remarks>
internal sealed record ResolvedHop(Syntax.Ast.PatternComprehension Comprehension, TypeFilter Types, LabelTest Labels, bool SharedEnds, int ProjectedKey);
