using System.Collections.Immutable;

namespace Graph.Cypher.Storage.Fulltext;

/// <summary>
/// An immutable inverted index (term → entity ids) with the analysed documents, so every snapshot
/// keeps its own version. Scores are BM25 (Lucene's default similarity: k1 = 1.2, b = 0.75).
/// </summary>
internal sealed class FulltextIndex
{
    public static readonly FulltextIndex Empty = new(
        ImmutableDictionary.Create<long, FulltextDocument>(),
        ImmutableDictionary.Create<string, ImmutableHashSet<long>>(StringComparer.Ordinal),
        0);

    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly ImmutableDictionary<long, FulltextDocument> _documents;
    private readonly ImmutableDictionary<string, ImmutableHashSet<long>> _postings;
    private readonly long _totalLength;

    private FulltextIndex(ImmutableDictionary<long, FulltextDocument> documents, ImmutableDictionary<string, ImmutableHashSet<long>> postings, long totalLength)
    {
        _documents = documents;
        _postings = postings;
        _totalLength = totalLength;
    }

    public int Count => _documents.Count;

    /// <summary>
    /// The index of many documents at once (an index created over existing data, a reopened snapshot):
    /// the same index as adding them one by one with <see cref="With"/>, but filled through mutable
    /// builders instead of one immutable copy per document, and with each distinct term held once
    /// (the documents' token arrays are rewritten in place to the postings' key strings, so pass documents
    /// made for this index).
    /// </summary>
    public static FulltextIndex Build(IEnumerable<(long Id, FulltextDocument? Document)> documents)
    {
        var kept = ImmutableDictionary.CreateBuilder<long, FulltextDocument>();
        var postings = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var byText = postings.GetAlternateLookup<ReadOnlySpan<char>>();
        var total = 0L;
        foreach (var (id, document) in documents)
        {
            if (document is null || document.Length == 0)
            {
                continue;
            }

            if (kept.ContainsKey(id))
            {
                throw new ArgumentException($"Document {id} is listed twice.", nameof(documents));
            }

            foreach (var (_, tokens) in document.Fields)
            {
                for (var i = 0; i < tokens.Length; i++)
                {
                    if (byText.TryGetValue(tokens[i].AsSpan(), out var term, out var ids))
                    {
                        tokens[i] = term;
                    }
                    else
                    {
                        ids = [];
                        postings.Add(tokens[i], ids);
                    }

                    if (ids.Count == 0 || ids[^1] != id)
                    {
                        ids.Add(id);
                    }
                }
            }

            kept[id] = document;
            total += document.Length;
        }

        var terms = ImmutableDictionary.CreateBuilder<string, ImmutableHashSet<long>>(StringComparer.Ordinal);
        foreach (var (term, ids) in postings)
        {
            terms[term] = [.. ids];
        }

        return new FulltextIndex(kept.ToImmutable(), terms.ToImmutable(), total);
    }

    /// <summary>Replaces the entity's document; null removes it.</summary>
    public FulltextIndex With(long id, FulltextDocument? document)
    {
        var documents = _documents;
        var postings = _postings;
        var total = _totalLength;
        if (documents.TryGetValue(id, out var old))
        {
            foreach (var term in old.Terms)
            {
                var set = postings[term].Remove(id);
                postings = set.IsEmpty ? postings.Remove(term) : postings.SetItem(term, set);
            }

            documents = documents.Remove(id);
            total -= old.Length;
        }

        if (document is not null && document.Length > 0)
        {
            foreach (var term in document.Terms)
            {
                var set = postings.TryGetValue(term, out var existing) ? existing : [];
                postings = postings.SetItem(term, set.Add(id));
            }

            documents = documents.SetItem(id, document);
            total += document.Length;
        }

        return new FulltextIndex(documents, postings, total);
    }

    /// <summary>Matching ids with scores, best first (ties by id for a stable order).</summary>
    public IReadOnlyList<(long Id, double Score)> Search(FulltextQuery query) =>
        Evaluate(query)
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key)
            .Select(p => (p.Key, p.Value))
            .ToList();

    private Dictionary<long, double> Evaluate(FulltextQuery query) => query switch
    {
        TermQuery t => ScoreTerms(t.Field, [t.Term]),
        PrefixQuery p => ScoreTerms(p.Field, _postings.Keys.Where(k => k.StartsWith(p.Prefix, StringComparison.Ordinal)).ToList()),
        FuzzyQuery f => ScoreTerms(f.Field, _postings.Keys.Where(k => EditDistance.Within(k, f.Term, f.MaxEdits)).ToList()),
        PhraseQuery p => ScorePhrase(p),
        BooleanQuery b => EvaluateBoolean(b),
        _ => [],
    };

    /// <summary>Multi-term expansions (prefix, fuzzy) score each document by its best-matching term.</summary>
    private Dictionary<long, double> ScoreTerms(string? field, IReadOnlyList<string> terms)
    {
        var scores = new Dictionary<long, double>();
        foreach (var term in terms)
        {
            if (!_postings.TryGetValue(term, out var ids))
            {
                continue;
            }

            var idf = Idf(ids.Count);
            foreach (var id in ids)
            {
                var doc = _documents[id];
                var tf = doc.Frequency(field, term);
                if (tf == 0)
                {
                    continue;
                }

                var score = idf * TermWeight(tf, doc.Length);
                scores[id] = scores.TryGetValue(id, out var s) ? Math.Max(s, score) : score;
            }
        }

        return scores;
    }

    private Dictionary<long, double> ScorePhrase(PhraseQuery phrase)
    {
        var scores = new Dictionary<long, double>();
        ImmutableHashSet<long>? candidates = null;
        foreach (var term in phrase.Terms)
        {
            if (!_postings.TryGetValue(term, out var ids))
            {
                return scores;
            }

            candidates = candidates is null ? ids : candidates.Intersect(ids);
        }

        foreach (var id in candidates ?? [])
        {
            var doc = _documents[id];
            if (doc.ContainsPhrase(phrase.Field, phrase.Terms))
            {
                scores[id] = phrase.Terms.Sum(t => Idf(_postings[t].Count) * TermWeight(doc.Frequency(phrase.Field, t), doc.Length));
            }
        }

        return scores;
    }

    private Dictionary<long, double> EvaluateBoolean(BooleanQuery query)
    {
        var must = query.Clauses.Where(c => c.Occur == Occur.Must).Select(c => Evaluate(c.Query)).ToList();
        var should = query.Clauses.Where(c => c.Occur == Occur.Should).Select(c => Evaluate(c.Query)).ToList();
        var mustNot = query.Clauses.Where(c => c.Occur == Occur.MustNot).Select(c => Evaluate(c.Query)).ToList();

        // Lucene: with required clauses, optional ones only add score; without, one optional must match.
        // A query of prohibited clauses alone matches nothing.
        IEnumerable<long> candidates = must.Count > 0
            ? must.Skip(1).Aggregate((IEnumerable<long>)must[0].Keys, (acc, m) => acc.Where(m.ContainsKey))
            : should.SelectMany(s => s.Keys).Distinct();

        var result = new Dictionary<long, double>();
        foreach (var id in candidates)
        {
            if (mustNot.Any(m => m.ContainsKey(id)))
            {
                continue;
            }

            var score = 0.0;
            foreach (var part in must.Concat(should))
            {
                if (part.TryGetValue(id, out var s))
                {
                    score += s;
                }
            }

            result[id] = score;
        }

        return result;
    }

    private double Idf(int documentFrequency) =>
        Math.Log(1 + ((_documents.Count - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    private double TermWeight(int frequency, int length)
    {
        var average = _documents.Count == 0 ? 1 : (double)_totalLength / _documents.Count;
        return frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * length / average))));
    }
}
