using Graph.Cypher.Values;

namespace Graph.Cypher.Procedures;

/// <summary>db.index.fulltext.queryNodes / queryRelationships(indexName, query) YIELD node|relationship, score.</summary>
internal static class FulltextProcedures
{
    public static Procedure QueryNodes { get; } = new(
        "db.index.fulltext.queryNodes",
        ["indexName", "queryString"],
        ["node", "score"],
        (args, ctx) => ctx.Graph.QueryFulltextNodes(Text(args[0]), Text(args[1])).Select(h => new object?[] { new NodeRef(h.Id), h.Score }));

    public static Procedure QueryRelationships { get; } = new(
        "db.index.fulltext.queryRelationships",
        ["indexName", "queryString"],
        ["relationship", "score"],
        (args, ctx) => ctx.Graph.QueryFulltextRelationships(Text(args[0]), Text(args[1])).Select(h => new object?[] { new RelRef(h.Id), h.Score }));

    private static string Text(object? value) => value as string ?? throw CypherErrors.TypeMismatch("String", value);
}
