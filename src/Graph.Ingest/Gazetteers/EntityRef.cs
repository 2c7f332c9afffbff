namespace Graph.Ingest.Gazetteers;

/// <summary>An entity of the graph by label and id; prints as "Label:id", the form the audit trail uses.</summary>
public sealed record EntityRef(string Label, string Id)
{
    public override string ToString() => $"{Label}:{Id}";

    public static EntityRef? Parse(string? text)
    {
        if (text is null) return null;
        var colon = text.IndexOf(':');
        return colon <= 0 || colon == text.Length - 1 ? null : new EntityRef(text[..colon], text[(colon + 1)..]);
    }
}
