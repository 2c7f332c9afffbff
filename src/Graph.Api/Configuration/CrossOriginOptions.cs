namespace Graph.Api.Configuration;

/// <summary>Browser origins allowed to call the service from other sites, bound from <c>Graph:Cors</c>; none by default.</summary>
public sealed class CrossOriginOptions
{
    public const string Section = "Graph:Cors";

    /// <summary>Exact origins such as <c>https://app.example.org</c>; empty: no CORS headers at all.</summary>
    public List<string> Origins { get; set; } = [];
}
