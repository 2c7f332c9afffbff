namespace Graph.Api.Configuration;

/// <summary>
/// HTTP-side limits of <c>/graphql</c>, bound from <c>Graph:GraphQL</c>. Depth and complexity limits
/// live in the same section but are read by the GraphQL layer itself.
/// </summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "Graph:GraphQL";

    /// <summary>Largest accepted POST body (and GET query string), in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Wall-clock budget of one request (read by the GraphQL layer too); the host cuts off at this plus a short grace.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where the example queries live; found by walking up from the content root when empty.</summary>
    public string? ExamplesDirectory { get; set; }
}
