namespace Graph.Cypher.Storage.Fulltext;

/// <summary>How a clause takes part in a boolean query (Lucene's BooleanClause.Occur).</summary>
internal enum Occur
{
    Should,
    Must,
    MustNot,
}

/// <summary>Parsed full-text query tree; Field null means every indexed property.</summary>
internal abstract record FulltextQuery;

internal sealed record TermQuery(string? Field, string Term) : FulltextQuery;

internal sealed record PrefixQuery(string? Field, string Prefix) : FulltextQuery;

internal sealed record FuzzyQuery(string? Field, string Term, int MaxEdits) : FulltextQuery;

internal sealed record PhraseQuery(string? Field, IReadOnlyList<string> Terms) : FulltextQuery;

internal sealed record BooleanQuery(IReadOnlyList<(Occur Occur, FulltextQuery Query)> Clauses) : FulltextQuery;

/// <summary>Matches nothing (e.g. a term the analyzer reduced to no tokens).</summary>
internal sealed record EmptyQuery : FulltextQuery;
