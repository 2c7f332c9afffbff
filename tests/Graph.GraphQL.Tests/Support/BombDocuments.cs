using System.Text;

namespace Graph.GraphQL.Tests.Support;

/// <summary>Hostile documents of several shapes, built small: each stands for far more work than its length says.</summary>
internal static class BombDocuments
{
    /// <summary>G1 selects one field; each Gn spreads G(n-1) twice, so the query stands for 2^(levels-1) selections.</summary>
    public static string DoublingFragments(int levels)
    {
        var text = new StringBuilder("fragment G1 on Query { states { id } }\n");
        for (var i = 2; i <= levels; i++) text.Append($"fragment G{i} on Query {{ ...G{i - 1} ...G{i - 1} }}\n");
        return text.Append($"query {{ ...G{levels} }}").ToString();
    }

    /// <summary>One wide fragment of <paramref name="fields"/> aliased fields, spread under <paramref name="spreads"/> aliases.</summary>
    public static string WideFragment(int fields, int spreads)
    {
        var text = new StringBuilder("fragment W on State {");
        for (var i = 0; i < fields; i++) text.Append($" f{i}: name");
        text.Append(" }\nquery {");
        for (var i = 0; i < spreads; i++) text.Append($" s{i}: states {{ ...W }}");
        return text.Append(" }").ToString();
    }

    /// <summary><paramref name="count"/> aliases of the same field in one selection set.</summary>
    public static string Aliases(int count)
    {
        var text = new StringBuilder("{ states {");
        for (var i = 0; i < count; i++) text.Append($" a{i}: name");
        return text.Append(" } }").ToString();
    }

    /// <summary>The same field, unaliased, <paramref name="count"/> times in one selection set.</summary>
    public static string Repeats(int count) => "{" + string.Concat(Enumerable.Repeat(" states { id }", count)) + " }";

    /// <summary><paramref name="fragments"/> fragments of <paramref name="repeats"/> repeats of one field each, all spread in the query.</summary>
    public static string RepeatsThroughFragments(int fragments, int repeats)
    {
        var text = new StringBuilder();
        for (var f = 0; f < fragments; f++) text.Append($"fragment R{f} on Query {{{string.Concat(Enumerable.Repeat(" states { id }", repeats))} }}\n");
        return text.Append("query {").Append(string.Concat(Enumerable.Range(0, fragments).Select(f => $" ...R{f}"))).Append(" }").ToString();
    }

    /// <summary><paramref name="levels"/> inline fragments nested in one another around one field.</summary>
    public static string NestedInlineFragments(int levels) =>
        "{ " + string.Concat(Enumerable.Repeat("... on Query { ", levels)) + "states { id }" + new string('}', levels) + " }";

    /// <summary>F1 spreads F2, which spreads F3, … up to F<paramref name="length"/>, which selects a field.</summary>
    public static string FragmentChain(int length)
    {
        var text = new StringBuilder("query { ...F1 }\n");
        for (var i = 1; i < length; i++) text.Append($"fragment F{i} on Query {{ ...F{i + 1} }}\n");
        return text.Append($"fragment F{length} on Query {{ states {{ id }} }}").ToString();
    }

    /// <summary><c>__type(name: "Query") { ofType { ofType … } }</c>, <paramref name="levels"/> ofType deep.</summary>
    public static string DeepOfType(int levels) =>
        "{ __type(name: \"Query\") { " + string.Concat(Enumerable.Repeat("ofType { ", levels)) + "name" + new string('}', levels) + " } }";
}
