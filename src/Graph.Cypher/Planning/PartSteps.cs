using System.Runtime.CompilerServices;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>A pattern part laid out in walking order; reversed parts start from their bound right end.</summary>
/// <remarks><see cref="PartIndex"/> is the part's place in its pattern, which names its operators under PROFILE.</remarks>
internal sealed record PartSteps(IReadOnlyList<NodePattern> Nodes, IReadOnlyList<RelationshipPattern> Relationships, int PartIndex = 0)
{
    // Both layouts of a part depend only on its syntax, which the plan cache keeps, so they are built once.
    private static readonly ConditionalWeakTable<PatternPart, PartSteps?[]> Cache = [];

    /// <summary>Whether the walk was laid out from the part's right end.</summary>
    public bool Reversed { get; private init; }

    /// <summary>The path variable the walk binds (nodes and relationships walked are kept only then).</summary>
    public string? PathVariable { get; private init; }

    public bool KeepPath => PathVariable is not null;

    /// <summary>The layout of a part, shared by every run of the statement.</summary>
    public static PartSteps For(PatternPart part, bool reversed, int partIndex)
    {
        var layouts = Cache.GetValue(part, static _ => new PartSteps?[2]);
        var slot = reversed ? 1 : 0;
        if (layouts[slot] is { } cached && cached.PartIndex == partIndex) return cached;
        var steps = From(part, reversed, partIndex) with { Reversed = reversed, PathVariable = part.PathVariable };
        layouts[slot] = steps;
        return steps;
    }

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
