namespace Graph.Cypher.Storage.Fulltext;

/// <summary>
/// An indexed entity: analysed tokens per property (a list of strings is one run of tokens). The fields are
/// kept as a plain array, not the dictionary they come in: an index holds one document per entity, and a
/// dictionary of one or three entries costs several times the tokens' own memory.
/// </summary>
internal sealed class FulltextDocument(IReadOnlyDictionary<string, string[]> fields)
{
    public (string Name, string[] Tokens)[] Fields { get; } = [.. fields.Select(f => (f.Key, f.Value))];

    public int Length { get; } = fields.Values.Sum(f => f.Length);

    public IEnumerable<string> Terms => Fields.SelectMany(f => f.Tokens).Distinct(StringComparer.Ordinal);

    /// <summary>How many tokens the document holds in the field (0 when it lacks it).</summary>
    public int FieldLength(string field)
    {
        foreach (var (name, tokens) in Fields)
        {
            if (name == field)
            {
                return tokens.Length;
            }
        }

        return 0;
    }

    public int Frequency(string? field, string term)
    {
        var count = 0;
        foreach (var (name, tokens) in Fields)
        {
            if (field is null || name == field)
            {
                foreach (var token in tokens)
                {
                    if (token == term)
                    {
                        count++;
                    }
                }
            }
        }

        return count;
    }

    public bool ContainsPhrase(string? field, IReadOnlyList<string> terms)
    {
        foreach (var (name, tokens) in Fields)
        {
            if (field is not null && name != field)
            {
                continue;
            }

            for (var i = 0; i + terms.Count <= tokens.Length; i++)
            {
                var match = true;
                for (var j = 0; j < terms.Count && match; j++)
                {
                    match = tokens[i + j] == terms[j];
                }

                if (match)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
