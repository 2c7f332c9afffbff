namespace Graph.Core.Scripts;

/// <summary>One statement of a Cypher script: its text (without the closing <c>;</c>) and the 1-based line it starts on.</summary>
public sealed record ScriptStatement(string Text, int Line);
