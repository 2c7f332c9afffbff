namespace Graph.Ingest.Gazetteers;

/// <summary>An entity the graph already holds, with what linking and proposing read of it.</summary>
public sealed record KnownEntity(EntityRef Ref, string Name, IReadOnlyList<string> Aliases)
{
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    public string? Kind { get; init; }

    public DateOnly? Date { get; init; }

    public long? Year { get; init; }

    /// <summary>Leaders: the states they lead. Others: empty.</summary>
    public IReadOnlyList<Leadership> Leads { get; init; } = [];

    /// <summary>Places and facilities: where they lie ("Label:id"), when the graph knows.</summary>
    public EntityRef? LocatedIn { get; init; }

    public string Label => Ref.Label;

    /// <summary>A person's family name: the last word of a name of two words or more.</summary>
    public string? Surname => Label == "Leader" && Name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words ? words[^1] : null;
}
