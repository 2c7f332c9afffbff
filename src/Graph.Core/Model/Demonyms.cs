namespace Graph.Core.Model;

/// <summary>
/// Adjectives and demonyms that name a state in running text ("Kazakh President", "the Azerbaijani nation"),
/// keyed by the state's name. Mention linking reads these plus each State node's own <c>demonyms</c>, so an
/// editor extends the list with <c>updateStates</c> and no release.
/// </summary>
public static class Demonyms
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Default { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["Kazakhstan"] = ["Kazakh", "Kazakhstani"],
        ["Azerbaijan"] = ["Azerbaijani", "Azeri"],
        ["Uzbekistan"] = ["Uzbek", "Uzbekistani"],
        ["Kyrgyzstan"] = ["Kyrgyz"],
        ["Tajikistan"] = ["Tajik"],
        ["Turkmenistan"] = ["Turkmen"],
        ["Turkey"] = ["Turkish"],
        ["Türkiye"] = ["Turkish"],
        ["Russia"] = ["Russian"],
        ["China"] = ["Chinese"],
        ["Iran"] = ["Iranian"],
        ["Georgia"] = ["Georgian"],
        ["Armenia"] = ["Armenian"],
        ["Mongolia"] = ["Mongolian"],
    };

    /// <summary>The built-in demonyms of the state called <paramref name="stateName"/>, none when it has no entry.</summary>
    public static IReadOnlyList<string> Of(string stateName) => Default.TryGetValue(stateName, out var list) ? list : [];
}
