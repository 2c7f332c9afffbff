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
        async Task<IReadOnlyList<Record>> Rows(string statement)
        {
            try
            {
                return (await store.RunAsync(statement, mode: AccessMode.Read, cancellationToken: cancellationToken)).Records;
            }
            catch (GraphException e) when (e.Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal))
            {
                if (logger.IsEnabled(LogLevel.Information)) logger.LogInformation("The workbench schema goes without '{Statement}': {Message}", statement, e.Message);
                return [];
            }
        }

        static IReadOnlyList<string> Names(IEnumerable<Record> rows) => rows.Select(r => r[0] as string).OfType<string>().Order(StringComparer.Ordinal).ToList();

        // Neo4j lists a signature; the embedded engine's procedures carry theirs in the description.
        static IReadOnlyList<CypherCallable> Callables(IEnumerable<Record> rows) =>
            rows.Select(r => (Name: Column(r, "name"), Signature: Column(r, "signature") ?? Column(r, "description")))
                .Where(c => c.Name is not null)
                .Select(c => new CypherCallable(c.Name!, c.Signature ?? ""))
                .OrderBy(c => c.Name, StringComparer.Ordinal)
                .ToList();

        return new CypherSchema(
            Names(await Rows("CALL db.labels() YIELD label RETURN label")),
            Names(await Rows("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType")),
            Names(await Rows("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey")),
            Callables(await Rows("SHOW PROCEDURES YIELD *")),
            Callables(await Rows("SHOW FUNCTIONS YIELD *")));
    }

    private static string? Column(Record record, string column) => record.Keys.Contains(column) ? record[column] as string : null;
}
