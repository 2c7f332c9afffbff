using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Api.Cypher.Workbench;

/// <summary>A procedure or function as Neo4j's editor support wants it for completion: a name and its signature.</summary>
internal sealed record CypherCallable(string Name, string Signature);

/// <summary>
/// What the workbench's editor completes from (the shape of Neo4j's <c>EditorSupportSchema</c>): labels,
/// relationship types and property keys in use, and the procedures and functions the store offers.
/// </summary>
internal sealed record CypherSchema(
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> RelationshipTypes,
    IReadOnlyList<string> PropertyKeys,
    IReadOnlyList<CypherCallable> Procedures,
    IReadOnlyList<CypherCallable> Functions)
{
    /// <summary>
    /// Read through the store with the same read-only statements an analyst would type, so both engines answer
    /// alike. A catalogue the store cannot list (an older Neo4j without SHOW FUNCTIONS) is left empty rather
    /// than failing the whole schema (completion is a help, not a contract); a store that is down is an error.
    /// </summary>
    public static async Task<CypherSchema> ReadAsync(IGraphDatabase store, ILogger logger, CancellationToken cancellationToken)
    {
        async Task<IReadOnlyList<object?[]>> Rows(string statement)
        {
            try
            {
                var result = await store.RunAsync(statement, mode: AccessMode.Read, cancellationToken: cancellationToken);
                return result.Records.Select(r => r.Values.ToArray()).ToList();
            }
            catch (GraphException e) when (e.Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal))
            {
                if (logger.IsEnabled(LogLevel.Information)) logger.LogInformation("The workbench schema goes without '{Statement}': {Message}", statement, e.Message);
                return [];
            }
        }

        static IReadOnlyList<string> Names(IEnumerable<object?[]> rows) => rows.Select(r => r[0] as string).OfType<string>().Order(StringComparer.Ordinal).ToList();
        static IReadOnlyList<CypherCallable> Callables(IEnumerable<object?[]> rows) =>
            rows.Where(r => r[0] is string).Select(r => new CypherCallable((string)r[0]!, r[1] as string ?? "")).ToList();

        return new CypherSchema(
            Names(await Rows("CALL db.labels() YIELD label RETURN label")),
            Names(await Rows("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType")),
            Names(await Rows("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey")),
            Callables(await Rows("SHOW PROCEDURES YIELD name, signature RETURN name, signature ORDER BY name")),
            Callables(await Rows("SHOW FUNCTIONS YIELD name, signature RETURN name, signature ORDER BY name")));
    }
}
