namespace Graph.GraphQL;

/// <summary>Limits of the GraphQL service. The defaults accept every query in examples/graphql.</summary>
public sealed class GraphQLOptions
{
    /// <summary>The configuration section the host binds these options from; error messages name settings by it.</summary>
    public const string ConfigurationSection = "Graph:GraphQL";

    /// <summary>Largest accepted query text, in characters.</summary>
    public int MaxDocumentLength { get; set; } = 20_000;

    /// <summary>Deepest accepted selection nesting, introspection (<c>__schema</c>, <c>__type</c>) aside.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>
    /// Deepest accepted nesting under <c>__schema</c> or <c>__type</c>: generous, since IDEs and code generators
    /// nest <c>ofType</c> nine levels deep or more, yet finite.
    /// </summary>
    public int MaxIntrospectionDepth { get; set; } = 32;

    /// <summary>
    /// Largest number of selections a document may stand for once its fragments are expanded (every operation and
    /// fragment counted), checked before the other validation rules so a fragment bomb costs nothing to refuse.
    /// </summary>
    public int MaxSelections { get; set; } = 5_000;

    /// <summary>Largest accepted complexity, as GraphQL.NET's complexity analyzer computes it.</summary>
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>Wall-clock budget of one request; past it the request is stopped with a <c>TIMEOUT</c> error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Regular expression filters (<c>matches</c>) are off unless enabled: a regex can be costly.</summary>
    public bool EnableRegex { get; set; }

    public int MaxRegexLength { get; set; } = 200;

    /// <summary>Applied to root lists without <c>limit</c>; null means no implicit limit.</summary>
    public int? DefaultLimit { get; set; } = 1_000;

    /// <summary>Largest <c>limit</c>/<c>first</c> a request may ask for.</summary>
    public int MaxLimit { get; set; } = 10_000;

    /// <summary>Largest <c>maxLength</c> of path and <c>depth</c> of neighbours.</summary>
    public int MaxPathLength { get; set; } = 6;

    /// <summary>
    /// Most entities <c>neighbours</c> may reach; the search stops expanding past it and the request fails with
    /// NEIGHBOURHOOD_TOO_LARGE, so a deep neighbourhood of a hub costs at most about this many entities per hop.
    /// </summary>
    public int MaxNeighbourhoodSize { get; set; } = 1_000;

    /// <summary>Limits of live subscriptions (<c>Graph:GraphQL:Subscriptions:…</c>).</summary>
    public Subscriptions.SubscriptionOptions Subscriptions { get; set; } = new();

    /// <summary>The configuration key of an option, e.g. <c>Graph:GraphQL:MaxDepth</c>, for error messages.</summary>
    public static string Setting(string option) => ConfigurationSection + ":" + option;
}
