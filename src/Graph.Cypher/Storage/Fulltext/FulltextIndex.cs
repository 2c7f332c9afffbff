using System.Collections.Immutable;

namespace Graph.Cypher.Storage.Fulltext;

/// <summary>
/// An immutable inverted index (term → entity ids) with the analysed documents, so every snapshot keeps its
/// own version. Scores are Lucene's BM25 as Neo4j computes them (<see cref="Bm25"/>). Most documents sit in a
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
        ImmutableDictionary.Create<string, FieldTotals>(StringComparer.Ordinal));

    private readonly FulltextBase _base;

    // Entities whose document differs from the base's: the new document, or null when it has none now.
    private readonly ImmutableDictionary<long, FulltextDocument?> _changed;

    // Term → changed entities whose new document holds it.
    private readonly ImmutableDictionary<string, ImmutableHashSet<long>> _added;

    // Per field (property), over the live documents: BM25's statistics.
    private readonly ImmutableDictionary<string, FieldTotals> _fields;

    private FulltextIndex(
        FulltextBase packed,
        ImmutableDictionary<long, FulltextDocument?> changed,
        ImmutableDictionary<string, ImmutableHashSet<long>> added,
        int count,
        ImmutableDictionary<string, FieldTotals> fields)
    {
        _base = packed;
        _changed = changed;
        _added = added;
        Count = count;
        _fields = fields;
    }

    public int Count { get; }

    /// <summary>
    /// The index of many documents at once (an index created over existing data, a reopened snapshot): the
    /// same index as adding them one by one with <see cref="With"/>, packed in one pass.
    /// </summary>
    public static FulltextIndex Build(IEnumerable<(long Id, FulltextDocument? Document)> documents) => Over(FulltextBase.Build(documents));

    private static FulltextIndex Over(FulltextBase packed) =>
        new(packed, Empty._changed, Empty._added, packed.DocumentCount, packed.FieldTotals().ToImmutableDictionary(StringComparer.Ordinal));

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
        var fields = _fields;
        var inBase = _base.FindDocument(id);
        if (changed.TryGetValue(id, out var old))
        {
            if (old is not null)
            {
                added = Unpost(added, id, old);
                count--;
                fields = Totals(fields, old, -1);
            }
        }
        else if (inBase >= 0)
        {
            count--;
            fields = Totals(fields, _base.Document(inBase), -1);
        }

        if (document is { Length: > 0 })
        {
            foreach (var term in document.Terms)
            {
                added = added.SetItem(term, (added.TryGetValue(term, out var ids) ? ids : []).Add(id));
            }

            changed = changed.SetItem(id, document);
            count++;
            fields = Totals(fields, document, +1);
        }
        else
        {
            changed = inBase >= 0 ? changed.SetItem(id, null) : changed.Remove(id);
        }

        var index = new FulltextIndex(_base, changed, added, count, fields);
        return changed.Count > Math.Max(1024, _base.DocumentCount / 8) ? index.Folded() : index;
    }

    private static ImmutableDictionary<string, FieldTotals> Totals(ImmutableDictionary<string, FieldTotals> fields, FulltextDocument document, int sign)
    {
        foreach (var (name, tokens) in document.Fields)
        {
            fields = fields.SetItem(name, fields.GetValueOrDefault(name).Plus(tokens.Length, sign));
        }

        return fields;
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
        foreach (var term in terms)
        {
            foreach (var (id, score) in TermScores(field, term))
            {
                scores[id] = scores.TryGetValue(id, out var s) ? Math.Max(s, score) : score;
            }
        }

        return scores;
    }

    /// <summary>
    /// A term in one field, or in every field when none is named: Neo4j parses an unfielded term into one clause
    /// per indexed property (Lucene's MultiFieldQueryParser), and a document's clause scores add up.
    /// </summary>
    private Dictionary<long, double> TermScores(string? field, string term) =>
        field is not null ? FieldTermScores(field, term) : Summed(_fields.Keys.Select(f => FieldTermScores(f, term)));

    private Dictionary<long, double> FieldTermScores(string field, string term)
    {
        var scores = new Dictionary<long, double>();
        if (!_fields.TryGetValue(field, out var totals) || totals.Documents == 0)
        {
            return scores;
        }

        var hits = FieldHits(field, term);
        var weight = Bm25.Idf(totals.Documents, hits.Count);
        foreach (var (id, frequency, length) in hits)
        {
            scores[id] = Bm25.Score(weight, frequency, length, totals);
        }

        return scores;
    }

    /// <summary>The live documents holding the term in the field: how often, and the field's length in each.</summary>
    private List<(long Id, int Frequency, int Length)> FieldHits(string field, string term)
    {
        var hits = new List<(long Id, int Frequency, int Length)>();
        var fieldNumber = _base.FieldNumber(field);
        if (_base.FindTerm(term) is var inBase and >= 0 && fieldNumber >= 0)
        {
            foreach (var d in _base.Postings(inBase))
            {
                var id = _base.DocumentId(d);
                if (!_changed.ContainsKey(id) && _base.Frequency(d, fieldNumber, inBase) is var frequency and > 0)
                {
                    hits.Add((id, frequency, _base.FieldLength(d, fieldNumber)));
                }
            }
        }

        if (_added.TryGetValue(term, out var ids))
        {
            foreach (var id in ids)
            {
                var document = _changed[id]!;
                if (document.Frequency(field, term) is var frequency and > 0)
                {
                    hits.Add((id, frequency, document.FieldLength(field)));
                }
            }
        }

        return hits;
    }

    // Lucene adds a disjunction's or conjunction's clause scores in double precision and returns a float.
    private static Dictionary<long, double> Summed(IEnumerable<Dictionary<long, double>> parts)
    {
        var sums = new Dictionary<long, double>();
        foreach (var part in parts)
        {
            foreach (var (id, score) in part)
            {
                sums[id] = sums.GetValueOrDefault(id) + score;
            }
        }

        foreach (var id in sums.Keys.ToList())
        {
            sums[id] = (float)sums[id];
        }

        return sums;
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

    /// <summary>
    /// A phrase in one field or, unfielded, in each field (scores added, as for a term). Lucene scores a phrase
    /// as one term whose weight is the sum of its terms' idf and whose frequency is the phrase's (counted here
    /// as one per document holding it).
    /// </summary>
    private Dictionary<long, double> ScorePhrase(PhraseQuery phrase) =>
        phrase.Field is not null ? FieldPhraseScores(phrase.Field, phrase.Terms) : Summed(_fields.Keys.Select(f => FieldPhraseScores(f, phrase.Terms)));

    private Dictionary<long, double> FieldPhraseScores(string field, IReadOnlyList<string> terms)
    {
        var scores = new Dictionary<long, double>();
        if (!_fields.TryGetValue(field, out var totals) || totals.Documents == 0 || terms.Count == 0)
        {
            return scores;
        }

        HashSet<long>? candidates = null;
        foreach (var term in terms)
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

        var weight = 0f;
        foreach (var term in terms)
        {
            weight += Bm25.Idf(totals.Documents, FieldHits(field, term).Count);
        }

        var fieldNumber = _base.FieldNumber(field);
        var baseTerms = terms.Select(t => _base.FindTerm(t)).ToArray();
        foreach (var id in candidates!)
        {
            int length;
            if (_changed.TryGetValue(id, out var document))
            {
                if (!document!.ContainsPhrase(field, terms))
                {
                    continue;
                }

                length = document.FieldLength(field);
            }
            else
            {
                // Not changed, so the base holds every term of the phrase for this document.
                var d = _base.FindDocument(id);
                if (fieldNumber < 0 || !_base.ContainsPhrase(d, fieldNumber, baseTerms))
                {
                    continue;
                }

                length = _base.FieldLength(d, fieldNumber);
            }

            scores[id] = Bm25.Score(weight, 1, length, totals);
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

            result[id] = (float)score;
        }

        return result;
    }
}
