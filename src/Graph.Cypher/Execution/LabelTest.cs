using System.Runtime.CompilerServices;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>
/// A node pattern's labels as tokens, resolved once per expansion rather than by name for every candidate.
/// Only a plain conjunction of names (:A, :A:B, :A&amp;B) has a token form; other expressions are left to
/// the general test (<see cref="IsGeneral"/>). A name with no token yet is looked up again at each test,
/// so a label created later in the transaction is still seen.
/// </summary>
internal readonly struct LabelTest
{
    private static readonly ConditionalWeakTable<LabelExpression, string[]?[]> Plain = [];

    private readonly string[]? _names;
    private readonly int[]? _tokens;

    private LabelTest(string[]? names, int[]? tokens, bool general)
    {
        _names = names;
        _tokens = tokens;
        IsGeneral = general;
    }

    /// <summary>The expression is not a conjunction of names: test it by name.</summary>
    public bool IsGeneral { get; }

    public static LabelTest For(LabelExpression? labels, IGraphView graph)
    {
        if (labels is null) return default;
        var names = Plain.GetValue(labels, static e => [Conjunction(e)?.ToArray()])[0];
        if (names is null) return new LabelTest(null, null, general: true);
        var tokens = new int[names.Length];
        for (var i = 0; i < names.Length; i++) tokens[i] = graph.LabelToken(names[i]);
        return new LabelTest(names, tokens, general: false);
    }

    /// <summary>Whether the node carries every label (true without labels); not for a general test.</summary>
    public bool Matches(IGraphView graph, long id)
    {
        if (_tokens is null) return true;
        for (var i = 0; i < _tokens.Length; i++)
        {
            var token = _tokens[i] >= 0 ? _tokens[i] : graph.LabelToken(_names![i]);
            if (!graph.NodeHasLabel(id, token)) return false;
        }
        return true;
    }

    /// <summary>The tokens, names without one looked up again; not for a general test.</summary>
    public int[] Resolved(IGraphView graph)
    {
        if (_tokens is null) return [];
        for (var i = 0; i < _tokens.Length; i++)
        {
            if (_tokens[i] < 0) _tokens[i] = graph.LabelToken(_names![i]);
        }
        return _tokens;
    }

    private static List<string>? Conjunction(LabelExpression expression) => expression switch
    {
        LabelName n => [n.Name],
        LabelAnd a when Conjunction(a.Left) is { } left && Conjunction(a.Right) is { } right => [.. left, .. right],
        _ => null,
    };
}
