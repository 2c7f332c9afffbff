using System.Collections.Immutable;

namespace Graph.Cypher.Storage.Fulltext;

/// <summary>
/// An immutable inverted index (term → entity ids) with the analysed documents, so every snapshot keeps its
/// own version. Scores are BM25 (Lucene's default similarity: k1 = 1.2, b = 0.75). Most documents sit in a
/// packed <see cref="FulltextBase"/> built in one pass; a write replaces or removes a document in a small
/// immutable overlay (the changed documents and their postings), folded into a new base once it passes an
/// eighth of it — the same shape as <see cref="Indexing.RangeIndex"/>, so writes stay cheap and a large
/// index costs flat arrays rather than objects per document and per term.
/// </summary>
internal sealed class FulltextIndex
{
    public static readonly FulltextIndex Empty = new(
        FulltextBase.Empty,
        ImmutableDictionary.Create<long, FulltextDocument?>(),
        ImmutableDictionary.Create<string, ImmutableHashSet<long>>(StringComparer.Ordinal),
        0,
        0);

    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly FulltextBase _base;

    // Entities whose document differs from the base's: the new document, or null when it has none now.
    private readonly ImmutableDictionary<long, FulltextDocument?> _changed;

    // Term → changed entities whose new document holds it.
    private readonly ImmutableDictionary<string, ImmutableHashSet<long>> _added;
    private readonly long _totalLength;

    private FulltextIndex(
        FulltextBase packed,
        ImmutableDictionary<long, FulltextDocument?> changed,
        ImmutableDictionary<string, ImmutableHashSet<long>> added,
        int count,
        long totalLength)
    {
        _base = packed;
        _changed = changed;
        _added = added;
        Count = count;
        _totalLength = totalLength;
    }

    public int Count { get; }

    /// <summary>
    /// The index of many documents at once (an index created over existing data, a reopened snapshot): the
    /// same index as adding them one by one with <see cref="With"/>, packed in one pass.
    /// </summary>
    public static FulltextIndex Build(IEnumerable<(long Id, FulltextDocument? Document)> documents) => Over(FulltextBase.Build(documents));

    private static FulltextIndex Over(FulltextBase packed) => new(packed, Empty._changed, Empty._added, packed.DocumentCount, packed.TotalLength);

    /// <summary>The live documents packed (the overlay folded in): what a snapshot stores.</summary>
    public FulltextBase Packed() => _changed.IsEmpty ? _base : Folded()._base;

    /// <summary>An index holding exactly a packed base (a snapshot's stored index).</summary>
    public static FulltextIndex Of(FulltextBase packed) => Over(packed);

    /// <summary>Replaces the entity's document; null removes it.</summary>
    public FulltextIndex With(long id, FulltextDocument? document)
    {
        var changed = _changed;
        var added = _added;
        var count = Count;
        var total = _totalLength;
        var inBase = _base.FindDocument(id);
        if (changed.TryGetValue(id, out var old))
        {
            if (old is not null)
            {
                added = Unpost(added, id, old);
                count--;
                total -= old.Length;
            }
        }
        else if (inBase >= 0)
        {
            count--;
            total -= _base.Length(inBase);
        }

        if (document is { Length: > 0 })
        {
            foreach (var term in document.Terms)
            {
                added = added.SetItem(term, (added.TryGetValue(term, out var ids) ? ids : []).Add(id));
            }

            changed = changed.SetItem(id, document);
            count++;
            total += document.Length;
        }
        else
        {
            changed = inBase >= 0 ? changed.SetItem(id, null) : changed.Remove(id);
        }

        var index = new FulltextIndex(_base, changed, added, count, total);
        return changed.Count > Math.Max(1024, _base.DocumentCount / 8) ? index.Folded() : index;
    }

    /// <summary>Matching ids with scores, best first (ties by id for a stable order).</summary>
    public IReadOnlyList<(long Id, double Score)> Search(FulltextQuery query) =>
        Evaluate(query)
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key)
            .Select(p => (p.Key, p.Value))
            .ToList();

    private static ImmutableDictionary<string, ImmutableHashSet<long>> Unpost(ImmutableDictionary<string, ImmutableHashSet<long>> added, long id, FulltextDocument document)
    {
        foreach (var term in document.Terms)
        {
            var ids = added[term].Remove(id);
            added = ids.IsEmpty ? added.Remove(term) : added.SetItem(term, ids);
        }

        return added;
    }

    private FulltextIndex Folded() => Over(FulltextBase.Build(LiveDocuments()));

    private IEnumerable<(long Id, FulltextDocument? Document)> LiveDocuments()
    {
        for (var d = 0; d < _base.DocumentCount; d++)
        {
            if (!_changed.ContainsKey(_base.DocumentId(d)))
            {
                yield return (_base.DocumentId(d), _base.Document(d));
            }
        }

        foreach (var (id, document) in _changed)
        {
            yield return (id, document);
        }
    }

    private Dictionary<long, double> Evaluate(FulltextQuery query) => query switch
    {
        TermQuery t => ScoreTerms(t.Field, [t.Term]),
        PrefixQuery p => ScoreTerms(p.Field, Terms(p.Prefix, k => k.StartsWith(p.Prefix, StringComparison.Ordinal))),
        FuzzyQuery f => ScoreTerms(f.Field, Terms(null, k => EditDistance.Within(k, f.Term, f.MaxEdits))),
        PhraseQuery p => ScorePhrase(p),
        BooleanQuery b => EvaluateBoolean(b),
        _ => [],
    };

    private delegate bool TermTest(ReadOnlySpan<char> term);

    /// <summary>Every term some document holds that passes the test (a prefix narrows the base's terms to one range).</summary>
    private List<string> Terms(string? prefix, TermTest test)
    {
        var (from, to) = prefix is null ? (0, _base.TermCount) : _base.TermsStartingWith(prefix);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        for (var t = from; t < to; t++)
        {
            if (test(_base.TermSpan(t)))
            {
                terms.Add(_base.Term(t));
            }
        }

        foreach (var term in _added.Keys)
        {
            if (test(term))
            {
                terms.Add(term);
            }
        }

        return [.. terms];
    }

    /// <summary>Multi-term expansions (prefix, fuzzy) score each document by its best-matching term.</summary>
    private Dictionary<long, double> ScoreTerms(string? field, IReadOnlyList<string> terms)
    {
        var scores = new Dictionary<long, double>();
        var fieldNumber = _base.FieldNumber(field);
        foreach (var term in terms)
        {
            var inBase = _base.FindTerm(term);
            var idf = Idf(DocumentFrequency(term, inBase));
            if (inBase >= 0 && fieldNumber != -2)
            {
                foreach (var d in _base.Postings(inBase))
                {
                    var id = _base.DocumentId(d);
                    if (!_changed.ContainsKey(id))
                    {
                        Keep(scores, id, idf, _base.Frequency(d, fieldNumber, inBase), _base.Length(d));
                    }
                }
            }

            if (_added.TryGetValue(term, out var ids))
            {
                foreach (var id in ids)
                {
                    var document = _changed[id]!;
                    Keep(scores, id, idf, document.Frequency(field, term), document.Length);
                }
            }
        }

        return scores;
    }

    private void Keep(Dictionary<long, double> scores, long id, double idf, int frequency, int length)
    {
        if (frequency == 0)
        {
            return;
        }

        var score = idf * TermWeight(frequency, length);
        scores[id] = scores.TryGetValue(id, out var s) ? Math.Max(s, score) : score;
    }

    /// <summary>How many live documents hold the term (the base's posting list less the changed ones, plus the overlay's).</summary>
    private int DocumentFrequency(string term, int inBase)
    {
        var frequency = _added.TryGetValue(term, out var ids) ? ids.Count : 0;
        if (inBase >= 0)
        {
            var postings = _base.Postings(inBase);
            frequency += postings.Length;
            if (!_changed.IsEmpty)
            {
                foreach (var d in postings)
                {
                    if (_changed.ContainsKey(_base.DocumentId(d)))
                    {
                        frequency--;
                    }
                }
            }
        }

        return frequency;
    }

    /// <summary>The live entities whose document holds the term.</summary>
    private HashSet<long> Holding(string term)
    {
        var holding = new HashSet<long>();
        if (_base.FindTerm(term) is var inBase and >= 0)
        {
            foreach (var d in _base.Postings(inBase))
            {
                if (!_changed.ContainsKey(_base.DocumentId(d)))
                {
                    holding.Add(_base.DocumentId(d));
                }
            }
        }

        if (_added.TryGetValue(term, out var ids))
        {
            holding.UnionWith(ids);
        }

        return holding;
    }

    private Dictionary<long, double> ScorePhrase(PhraseQuery phrase)
    {
        var scores = new Dictionary<long, double>();
        HashSet<long>? candidates = null;
        foreach (var term in phrase.Terms)
        {
            var holding = Holding(term);
            if (candidates is null)
            {
                candidates = holding;
            }
            else
            {
                candidates.IntersectWith(holding);
            }
        }

        if (candidates is null || candidates.Count == 0)
        {
            return scores;
        }

        var idfs = phrase.Terms.Select(t => Idf(DocumentFrequency(t, _base.FindTerm(t)))).ToArray();
        var fieldNumber = _base.FieldNumber(field: phrase.Field);
        var baseTerms = phrase.Terms.Select(t => _base.FindTerm(t)).ToArray();
        foreach (var id in candidates)
        {
            double score = 0;
            if (_changed.TryGetValue(id, out var document))
            {
                if (!document!.ContainsPhrase(phrase.Field, phrase.Terms))
                {
                    continue;
                }

                for (var i = 0; i < idfs.Length; i++)
                {
                    score += idfs[i] * TermWeight(document.Frequency(phrase.Field, phrase.Terms[i]), document.Length);
                }
            }
            else
            {
                // Not changed, so the base holds every term of the phrase for this document.
                var d = _base.FindDocument(id);
                if (fieldNumber == -2 || !_base.ContainsPhrase(d, fieldNumber, baseTerms))
                {
                    continue;
                }

                for (var i = 0; i < idfs.Length; i++)
                {
                    score += idfs[i] * TermWeight(_base.Frequency(d, fieldNumber, baseTerms[i]), _base.Length(d));
                }
            }

            scores[id] = score;
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
        Math.Log(1 + ((Count - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    private double TermWeight(int frequency, int length)
    {
        var average = Count == 0 ? 1 : (double)_totalLength / Count;
        return frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * length / average))));
    }
}
