namespace Graph.Api.Configuration;

/// <summary>Which engine answers: the embedded Cypher engine (default) or a Neo4j server.</summary>
public enum StoreKind
{
    Embedded,
    Neo4j,
}
