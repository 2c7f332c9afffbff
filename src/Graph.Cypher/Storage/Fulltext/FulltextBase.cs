using System.Runtime.InteropServices;

namespace Graph.Cypher.Storage.Fulltext;

/// <summary>
/// The packed, never-changed bulk of a <see cref="FulltextIndex"/>: documents sorted by entity id, each a run
/// of term numbers per field, and the terms (sorted, as one character blob) with their posting lists, all in
/// flat arrays. A million short documents cost tens of megabytes here instead of an object graph per document
/// and per term; a prefix query is a range of the sorted terms.
/// </summary>
internal sealed class FulltextBase
{
    public static readonly FulltextBase Empty = new([], [0], [], [0], [], [], [0], [], [], 0);

    private readonly string[] _fields;
    private readonly int[] _termStarts;
    private readonly char[] _termChars;
    private readonly int[] _postingStarts;
    private readonly int[] _postings;
    private readonly long[] _documentIds;
    private readonly int[] _fieldEnds;
    private readonly int[] _tokens;
    private readonly int[] _lengths;

    private FulltextBase(
        string[] fields,
        int[] termStarts,
        char[] termChars,
        int[] postingStarts,
        int[] postings,
        long[] documentIds,
        int[] fieldEnds,
        int[] tokens,
        int[] lengths,
        long totalLength)
    {
        _fields = fields;
        _termStarts = termStarts;
        _termChars = termChars;
        _postingStarts = postingStarts;
        _postings = postings;
        _documentIds = documentIds;
        _fieldEnds = fieldEnds;
        _tokens = tokens;
        _lengths = lengths;
        TotalLength = totalLength;
    }

    public int DocumentCount => _documentIds.Length;

    public long TotalLength { get; }

    public int TermCount => _termStarts.Length - 1;

    public ReadOnlySpan<char> TermSpan(int term) => _termChars.AsSpan(_termStarts[term], _termStarts[term + 1] - _termStarts[term]);

    public string Term(int term) => new(TermSpan(term));

    /// <summary>The term's number, or -1.</summary>
    public int FindTerm(ReadOnlySpan<char> term)
    {
        var at = LowerBound(term);
        return at < TermCount && TermSpan(at).SequenceEqual(term) ? at : -1;
    }

    /// <summary>Numbers of the terms starting with the prefix: one range of the sorted terms.</summary>
    public (int From, int To) TermsStartingWith(string prefix)
    {
        var from = LowerBound(prefix);
        var to = from;
        while (to < TermCount && TermSpan(to).StartsWith(prefix, StringComparison.Ordinal))
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>Document numbers holding the term, ascending (so entity ids ascend too).</summary>
    public ReadOnlySpan<int> Postings(int term) => _postings.AsSpan(_postingStarts[term], _postingStarts[term + 1] - _postingStarts[term]);

    public long DocumentId(int document) => _documentIds[document];

    public int Length(int document) => _lengths[document];

    /// <summary>How many tokens the document holds in the field (by number).</summary>
    public int FieldLength(int document, int field) => FieldTokens(document, field).Length;

    /// <summary>Per field: how many documents hold it (one token at least) and their tokens in it.</summary>
    public Dictionary<string, FieldTotals> FieldTotals()
    {
        var totals = new Dictionary<string, FieldTotals>(StringComparer.Ordinal);
        for (var f = 0; f < _fields.Length; f++)
        {
            var field = default(FieldTotals);
            for (var d = 0; d < DocumentCount; d++)
            {
                field = field.Plus(FieldLength(d, f), +1);
            }

            totals[_fields[f]] = field;
        }

        return totals;
    }

    /// <summary>The document number of the entity, or -1.</summary>
    public int FindDocument(long id)
    {
        var at = Array.BinarySearch(_documentIds, id);
        return at >= 0 ? at : -1;
    }

    /// <summary>The field's number, -1 for every field (null), or -2 when no document has the field.</summary>
    public int FieldNumber(string? field) => field is null ? -1 : Array.IndexOf(_fields, field) is var at and >= 0 ? at : -2;

    public int Frequency(int document, int field, int term)
    {
        var count = 0;
        foreach (var token in Tokens(document, field))
        {
            if (token == term)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether the terms occur one after the other in one field (or the given one).</summary>
    public bool ContainsPhrase(int document, int field, int[] terms)
    {
        for (var f = 0; f < _fields.Length; f++)
        {
            if (field != -1 && field != f)
            {
                continue;
            }

            if (FieldTokens(document, f).IndexOf(terms) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The document as analysed, its empty fields left out (rebuilding needs it, queries do not).</summary>
    public FulltextDocument Document(int document)
    {
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var f = 0; f < _fields.Length; f++)
        {
            var tokens = FieldTokens(document, f);
            if (tokens.Length > 0)
            {
                var words = new string[tokens.Length];
                for (var i = 0; i < words.Length; i++)
                {
                    words[i] = Term(tokens[i]);
                }

                fields[_fields[f]] = words;
            }
        }

        return new FulltextDocument(fields);
    }

    /// <summary>Packs documents (null or empty ones are skipped; an id listed twice is refused).</summary>
    public static FulltextBase Build(IEnumerable<(long Id, FulltextDocument? Document)> documents)
    {
        var kept = new List<(long Id, FulltextDocument Document)>();
        foreach (var (id, document) in documents)
        {
            if (document is { Length: > 0 })
            {
                kept.Add((id, document));
            }
        }

        kept.Sort((x, y) => x.Id.CompareTo(y.Id));
        for (var i = 1; i < kept.Count; i++)
        {
            if (kept[i].Id == kept[i - 1].Id)
            {
                throw new ArgumentException($"Document {kept[i].Id} is listed twice.", nameof(documents));
            }
        }

        return new Packer(kept).Pack();
    }

    /// <summary>Writes the packed arrays as they are (a snapshot keeps the index, so reopening skips analysing every document).</summary>
    public void Write(BinaryWriter w)
    {
        w.Write7BitEncodedInt(_fields.Length);
        foreach (var field in _fields)
        {
            w.Write(field);
        }

        w.Write(TotalLength);
        WriteArray(w, _termStarts);
        WriteArray(w, _termChars);
        WriteArray(w, _postingStarts);
        WriteArray(w, _postings);
        WriteArray(w, _documentIds);
        WriteArray(w, _fieldEnds);
        WriteArray(w, _tokens);
        WriteArray(w, _lengths);
    }

    /// <summary>Reads what <see cref="Write"/> wrote, checking every offset and number against the arrays it points into.</summary>
    public static FulltextBase Read(BinaryReader r)
    {
        var fields = new string[ReadCount(r)];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = r.ReadString();
        }

        var total = r.ReadInt64();
        var termStarts = ReadArray<int>(r);
        var termChars = ReadArray<char>(r);
        var postingStarts = ReadArray<int>(r);
        var postings = ReadArray<int>(r);
        var documentIds = ReadArray<long>(r);
        var fieldEnds = ReadArray<int>(r);
        var tokens = ReadArray<int>(r);
        var lengths = ReadArray<int>(r);
        var terms = termStarts.Length - 1;
        var documents = documentIds.Length;
        Check(terms >= 0 && postingStarts.Length == terms + 1 && lengths.Length == documents && fieldEnds.Length == documents * fields.Length, "array sizes disagree");
        Check(documents == 0 || fields.Length > 0, "documents without fields");
        Check(Ascending(termStarts, termChars.Length) && Ascending(postingStarts, postings.Length) && Ascending(fieldEnds, tokens.Length), "offsets run backwards or past their array");
        Check(fieldEnds.Length == 0 ? tokens.Length == 0 : fieldEnds[^1] == tokens.Length, "tokens are left over");
        Check(AllBelow(postings, documents) && AllBelow(tokens, terms), "a posting or token points past its table");
        for (var d = 0; d < documents; d++)
        {
            Check(d == 0 || documentIds[d - 1] < documentIds[d], "document ids are not ascending");
            var start = d == 0 ? 0 : fieldEnds[(d * fields.Length) - 1];
            Check(lengths[d] == fieldEnds[((d + 1) * fields.Length) - 1] - start, "a document's length differs from its tokens");
        }

        return new FulltextBase(fields, termStarts, termChars, postingStarts, postings, documentIds, fieldEnds, tokens, lengths, total);
    }

    private static void WriteArray<T>(BinaryWriter w, T[] values)
        where T : unmanaged
    {
        w.Write7BitEncodedInt(values.Length);
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader r)
        where T : unmanaged
    {
        var values = new T[ReadCount(r)];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        if (r.Read(bytes) != bytes.Length)
        {
            throw new EndOfStreamException("The full-text index ends early.");
        }

        return values;
    }

    private static int ReadCount(BinaryReader r)
    {
        var count = r.Read7BitEncodedInt();
        Check(count >= 0 && count <= r.BaseStream.Length - r.BaseStream.Position, $"a count of {count} does not fit what is left");
        return count;
    }

    private static bool Ascending(int[] starts, int end)
    {
        var previous = 0;
        foreach (var start in starts)
        {
            if (start < previous || start > end)
            {
                return false;
            }

            previous = start;
        }

        return true;
    }

    private static bool AllBelow(int[] values, int limit)
    {
        foreach (var value in values)
        {
            if ((uint)value >= (uint)limit)
            {
                return false;
            }
        }

        return true;
    }

    private static void Check(bool holds, string what)
    {
        if (!holds)
        {
            throw new InvalidDataException($"The stored full-text index is damaged: {what}.");
        }
    }

    private ReadOnlySpan<int> Tokens(int document, int field) =>
        field switch
        {
            -1 => _tokens.AsSpan(FieldStart(document, 0), _fieldEnds[((document + 1) * _fields.Length) - 1] - FieldStart(document, 0)),
            < 0 => [],
            _ => FieldTokens(document, field),
        };

    private ReadOnlySpan<int> FieldTokens(int document, int field)
    {
        var start = FieldStart(document, field);
        return _tokens.AsSpan(start, _fieldEnds[(document * _fields.Length) + field] - start);
    }

    // A field's tokens start where the previous field's end; the first field's where the previous document's last field ends.
    private int FieldStart(int document, int field)
    {
        var at = (document * _fields.Length) + field;
        return at == 0 ? 0 : _fieldEnds[at - 1];
    }

    private int LowerBound(ReadOnlySpan<char> term)
    {
        int lo = 0, hi = TermCount;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (TermSpan(mid).SequenceCompareTo(term) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>One pass numbering terms as met, then a renumbering into sorted order and the posting lists by counting.</summary>
    private sealed class Packer(List<(long Id, FulltextDocument Document)> documents)
    {
        private readonly Dictionary<string, int> _termNumbers = new(StringComparer.Ordinal);
        private readonly List<string> _terms = [];
        private readonly List<string> _fields = [];

        public FulltextBase Pack()
        {
            foreach (var (_, document) in documents)
            {
                foreach (var (name, _) in document.Fields)
                {
                    if (!_fields.Contains(name))
                    {
                        _fields.Add(name);
                    }
                }
            }

            var fieldCount = _fields.Count;
            var ids = new long[documents.Count];
            var lengths = new int[documents.Count];
            var fieldEnds = new int[documents.Count * fieldCount];
            var tokens = new List<int>();
            var total = 0L;
            for (var d = 0; d < documents.Count; d++)
            {
                var (id, document) = documents[d];
                ids[d] = id;
                lengths[d] = document.Length;
                total += document.Length;
                for (var f = 0; f < fieldCount; f++)
                {
                    foreach (var (name, words) in document.Fields)
                    {
                        if (name == _fields[f])
                        {
                            foreach (var word in words)
                            {
                                tokens.Add(Number(word));
                            }
                        }
                    }

                    fieldEnds[(d * fieldCount) + f] = tokens.Count;
                }
            }

            // Sorted term order: renumber every token, then count and fill the posting lists.
            var order = Enumerable.Range(0, _terms.Count).ToArray();
            Array.Sort(order, (x, y) => string.CompareOrdinal(_terms[x], _terms[y]));
            var renumber = new int[order.Length];
            var termStarts = new int[order.Length + 1];
            var chars = new char[_terms.Sum(t => t.Length)];
            for (int rank = 0, at = 0; rank < order.Length; rank++)
            {
                renumber[order[rank]] = rank;
                var term = _terms[order[rank]];
                term.CopyTo(chars.AsSpan(at));
                at += term.Length;
                termStarts[rank + 1] = at;
            }

            var packed = CollectionsMarshal.AsSpan(tokens).ToArray();
            for (var i = 0; i < packed.Length; i++)
            {
                packed[i] = renumber[packed[i]];
            }

            var (postingStarts, postings) = Postings(packed, fieldEnds, fieldCount, order.Length, documents.Count);
            return new FulltextBase([.. _fields], termStarts, chars, postingStarts, postings, ids, fieldEnds, packed, lengths, total);
        }

        private int Number(string word)
        {
            if (!_termNumbers.TryGetValue(word, out var number))
            {
                number = _terms.Count;
                _termNumbers.Add(word, number);
                _terms.Add(word);
            }

            return number;
        }

        // Each document once per term it holds, documents ascending (they are visited in order).
        private static (int[] Starts, int[] Postings) Postings(int[] tokens, int[] fieldEnds, int fieldCount, int termCount, int documentCount)
        {
            var lastSeen = new int[termCount];
            Array.Fill(lastSeen, -1);
            var starts = new int[termCount + 1];
            ForEachDistinct((term, _) => starts[term + 1]++);
            for (var t = 0; t < termCount; t++)
            {
                starts[t + 1] += starts[t];
            }

            Array.Fill(lastSeen, -1);
            var postings = new int[starts[termCount]];
            var next = starts[..termCount];
            ForEachDistinct((term, document) => postings[next[term]++] = document);
            return (starts, postings);

            void ForEachDistinct(Action<int, int> visit)
            {
                var from = 0;
                for (var d = 0; d < documentCount; d++)
                {
                    var to = fieldCount == 0 ? from : fieldEnds[((d + 1) * fieldCount) - 1];
                    for (var i = from; i < to; i++)
                    {
                        if (lastSeen[tokens[i]] != d)
                        {
                            lastSeen[tokens[i]] = d;
                            visit(tokens[i], d);
                        }
                    }

                    from = to;
                }
            }
        }
    }
}
