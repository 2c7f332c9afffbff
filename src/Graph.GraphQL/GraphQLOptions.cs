namespace Graph.GraphQL;

/// <summary>Limits of the GraphQL service. The defaults accept every query in examples/graphql.</summary>
public sealed class GraphQLOptions
{
    /// <summary>Largest accepted query text, in characters.</summary>
    public int MaxDocumentLength { get; set; } = 20_000;

    /// <summary>Deepest accepted selection nesting.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Largest accepted complexity, as GraphQL.NET's complexity analyzer computes it.</summary>
    public int MaxComplexity { get; set; } = 100_000;

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
}
