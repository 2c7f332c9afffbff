namespace Graph.Ingest.Gazetteers;

/// <summary>A LEADS edge as the gazetteer needs it: which state, in what role, over which days (open ends: unknown or ongoing).</summary>
public sealed record Leadership(string StateId, string? Role, DateOnly? Since, DateOnly? Until)
{
    /// <summary>In office on <paramref name="date"/>; without a date, only an office that has not ended counts.</summary>
    public bool ActiveOn(DateOnly? date) => date is { } d
        ? (Since is null || Since <= d) && (Until is null || d <= Until)
        : Until is null;
}
