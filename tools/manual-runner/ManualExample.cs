namespace Graph.ManualRunner;

/// <summary>One example query of a manual page, with the setup that precedes it and what the page shows as its answer.</summary>
internal sealed record ManualExample(
    string Page,
    int Line,
    IReadOnlyList<string> Setup,
    string Query,
    IReadOnlyDictionary<string, object?> Parameters,
    ExpectedTable? Table,
    string? ExpectedError,
    string? Role)
{
    public bool NeedsDump { get; init; }

    /// <summary>The page's queries before this one since its setup, replayed first with <c>--sequential</c>.</summary>
    public IReadOnlyList<EarlierStep> Earlier { get; init; } = [];
}

/// <summary>A query shown earlier on the same page, with its parameters.</summary>
internal sealed record EarlierStep(string Query, IReadOnlyDictionary<string, object?> Parameters);

/// <summary>A result table as the manual prints it: columns (empty for "(empty result)") and cell texts per row.</summary>
internal sealed record ExpectedTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, int? RowCount, IReadOnlyDictionary<string, int> Counters)
{
    public IReadOnlyList<string> Excluded { get; init; } = [];
}
