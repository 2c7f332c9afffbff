using Graph.GraphQL.Schema;
using static Graph.GraphQL.Schema.SchemaNames;

namespace Graph.GraphQL.Audit;

/// <summary>The audit trail's read-only types: Change, its connection and where. No input type writes a Change.</summary>
internal static class AuditSdl
{
    public const string Type = "Change";

    public static void WriteTypes(SdlWriter w)
    {
        w.Open("type", Type, "One recorded mutation: who, when, what it touched, the values before and after. Read-only; editors and admins may read it.");
        foreach (var p in ChangeFields.All) w.Field(p.Name, GraphQLType(p.Type) + (p.Required ? "!" : ""), p.Description);
        w.Close();
        w.Open("input", Where(Type), "Conditions on audit records.");
        SdlGenerator.WriteWhereFields(w, Type, ChangeFields.Filterable, []);
        w.Close();
        w.Open("type", "ChangesConnection", "A page of audit records, newest first (Relay connection).");
        w.Field("edges", "[ChangeEdge!]!", "The records of this page.");
        w.Field("pageInfo", "PageInfo!", "Where this page lies.");
        w.Field("totalCount", "Int!", "How many records match, over all pages.");
        w.Close();
        w.Open("type", "ChangeEdge", "An audit record in a connection.");
        w.Field("cursor", "String!", "Opaque position of this edge.");
        w.Field("node", Type + "!", "The record.");
        w.Close();
    }

    public static void WriteQueryField(SdlWriter w) =>
        w.Field(ChangesAccess.Field, "ChangesConnection!", "The audit trail of mutations, newest first. Needs the editor or admin role.",
            $"(where: {Where(Type)}, first: Int, after: String)");
}
