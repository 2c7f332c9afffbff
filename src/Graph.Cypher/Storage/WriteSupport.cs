using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Cypher.Storage.Fulltext;
using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Storage;

/// <summary>Value normalisation, index keys, full-text documents and generated rule names.</summary>
internal static class WriteSupport
{
    /// <summary>Stores ints as long, floats as double and lists as immutable arrays; rejects other types.</summary>
    public static object? NormalizeValue(object? value) => value switch
    {
        null => null,
        bool or long or double or string => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        float f => (double)f,
        CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration or CypherPoint => value,
        System.Collections.IEnumerable list => list.Cast<object?>().Select(NormalizeValue).ToArray(),
        _ => throw new GraphException(ErrorCodes.TypeError, $"Property values can only be of primitive types or arrays thereof. Encountered: {value.GetType().Name}."),
    };

    /// <summary>The index key of an entity for the property tokens, or null when one is missing.</summary>
    public static object? KeyFor(PropertyArena arena, long properties, IReadOnlyList<string> keys, TokenTable tokens)
    {
        if (keys.Count == 1)
        {
            return tokens.Find(keys[0]) is { } k ? PropertyCodec.Get(arena, properties, k) : null;
        }

        var values = new object[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            if (tokens.Find(keys[i]) is not { } k || PropertyCodec.Get(arena, properties, k) is not { } v)
            {
                return null;
            }

            values[i] = v;
        }

        return values;
    }

    public static object[] KeyValues(object key, int count) => count == 1 ? [key] : (object[])key;

    /// <summary>Analyses the string (and string-list) properties the index covers; null when none.</summary>
    public static FulltextDocument? Document(PropertyArena arena, long properties, IReadOnlyList<string> propertyNames, TokenTable keys)
    {
        Dictionary<string, string[]>? fields = null;
        foreach (var name in propertyNames)
        {
            if (keys.Find(name) is not { } token)
            {
                continue;
            }

            var text = PropertyCodec.Get(arena, properties, token) switch
            {
                string s => s,
                object[] list when list.All(e => e is string) => string.Join(" ", list.Cast<string>()),
                _ => null,
            };
            if (text is not null)
            {
                fields ??= new Dictionary<string, string[]>(StringComparer.Ordinal);
                fields[name] = [.. StandardAnalyzer.Tokenize(text)];
            }
        }

        return fields is null ? null : new FulltextDocument(fields);
    }

    /// <summary>Neo4j-like generated names: prefix + 8 hex digits from a hash of the schema.</summary>
    public static string GenerateName(string prefix, string schema, Func<string, bool> taken)
    {
        var hash = 2166136261u;
        for (var attempt = 0; ; attempt++)
        {
            foreach (var c in schema + attempt)
            {
                hash = (hash ^ c) * 16777619u;
            }

            var name = prefix + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
            if (!taken(name))
            {
                return name;
            }
        }
    }
}
