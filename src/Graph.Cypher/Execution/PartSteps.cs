using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>A pattern part laid out in walking order; reversed parts start from their bound right end.</summary>
/// <remarks><see cref="PartIndex"/> is the part's place in its pattern, which names its operators under PROFILE.</remarks>
internal sealed record PartSteps(IReadOnlyList<NodePattern> Nodes, IReadOnlyList<RelationshipPattern> Relationships, int PartIndex = 0)
{
    /// <summary>Whether matches must carry the nodes and relationships walked (only a named path reads them).</summary>
    public bool KeepPath { get; init; }

    public static PartSteps From(PatternPart part, bool reversed, int partIndex = 0)
    {
        if (!reversed) return new PartSteps(part.Nodes, part.Relationships, partIndex);
        var nodes = part.Nodes.Reverse().ToList();
        var rels = part.Relationships.Reverse().Select(r => r with
        {
            Direction = r.Direction switch
            {
                RelationshipDirection.Outgoing => RelationshipDirection.Incoming,
                RelationshipDirection.Incoming => RelationshipDirection.Outgoing,
                _ => RelationshipDirection.Both,
            },
        }).ToList();
        return new PartSteps(nodes, rels, partIndex);
    }
}
