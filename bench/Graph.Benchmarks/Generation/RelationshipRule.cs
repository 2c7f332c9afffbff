namespace Graph.Benchmarks.Generation;

/// <summary>
/// One family of relationships: for every entity of the anchor end, <see cref="PerAnchor"/> relationships
/// to entities of the other end picked at random (parallel relationships may occur, as in real data).
/// </summary>
internal sealed record RelationshipRule(string Type, EntityKind From, EntityKind To, bool AnchorIsSource, int PerAnchor)
{
    public EntityKind Anchor => AnchorIsSource ? From : To;

    public EntityKind Other => AnchorIsSource ? To : From;

    public string Name => $"{Type}_{From.Label}_{To.Label}";
}
