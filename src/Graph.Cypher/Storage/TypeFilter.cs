using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Storage;

/// <summary>
/// Relationship type names resolved to tokens once per call: all types (no filter), one token, or a
/// few tokens scanned linearly (type lists in patterns are short; no per-call HashSet).
/// </summary>
internal readonly struct TypeFilter
{
    private readonly int _single;
    private readonly int[]? _many;

    private TypeFilter(bool isAll, int single, int[]? many)
    {
        IsAll = isAll;
        _single = single;
        _many = many;
    }

    public bool IsAll { get; }

    /// <summary>Asked for types of which none exists yet.</summary>
    public bool MatchesNothing => !IsAll && _single < 0 && _many is null;

    public static TypeFilter Resolve(IReadOnlyList<string>? types, TokenTable table)
    {
        if (types is null)
        {
            return new TypeFilter(true, -1, null);
        }

        if (types.Count == 1)
        {
            return new TypeFilter(false, table.Find(types[0]) ?? -1, null);
        }

        var found = new List<int>(types.Count);
        foreach (var type in types)
        {
            if (table.Find(type) is { } token)
            {
                found.Add(token);
            }
        }

        return found.Count switch
        {
            0 => new TypeFilter(false, -1, null),
            1 => new TypeFilter(false, found[0], null),
            _ => new TypeFilter(false, -1, [.. found]),
        };
    }

    public bool Matches(int type)
    {
        if (IsAll)
        {
            return true;
        }

        if (_many is null)
        {
            return type == _single;
        }

        foreach (var token in _many)
        {
            if (token == type)
            {
                return true;
            }
        }

        return false;
    }
}
