using Graph.Core.Model;
using static Graph.GraphQL.Schema.SchemaNames;

namespace Graph.GraphQL.Schema;

/// <summary>
/// The mutation half of the schema, in the Neo4j GraphQL Library's (v7) shapes: create with nested
/// <c>create</c>/<c>connect</c> on relationship fields, update with <c>connect</c>/<c>disconnect</c>/<c>create</c>
/// and edge <c>update</c>, delete with a <c>where</c> and an opt-in <c>cascade</c>.
/// </summary>
internal static class MutationSdl
{
    private const string Provenance =
        " A fact needs `source` (an existing Document's id) and `evidence` found verbatim in its text, or `basis: \"implied\"` with a `note`.";

    public static void WriteShared(SdlWriter w, KnowledgeModel model)
    {
        foreach (var rel in model.Relationships)
        {
            w.Open("input", PropertiesInput(rel.Type), $"Edge properties of a {rel.Type} relationship to write." + (rel.IsFact ? Provenance : ""));
            foreach (var p in rel.Properties) w.Field(p.Name, GraphQLType(p.Type), Described(p));
            w.Close();
            w.Open("input", PropertiesUpdateInput(rel.Type), $"Changes to the edge properties of {rel.Type} relationships, one update operator per property." + (rel.IsFact ? Provenance : ""));
            foreach (var p in rel.Properties) w.Field(p.Name, UpdateOperators.TypeName(p.Type), Described(p));
            w.Close();
        }
        foreach (var target in model.Labels.Append(EntityInterface).Concat(Vocabulary.TargetInterfaces.Names))
        {
            w.Open("input", ConnectWhere(target), $"Which existing {target} nodes to connect.");
            w.Field("node", Where(target) + "!", "Conditions the connected nodes meet; every matching node is connected.");
            w.Close();
        }
    }

    public static void WriteEntityInputs(SdlWriter w, KnowledgeModel model, EntityType e)
    {
        var fields = model.FieldsOf(e.Label).ToList();
        foreach (var f in fields) WriteFieldInputs(w, model, f);

        w.Open("input", CreateInput(e), $"A new {e.Label}, with relationships to create or connect.");
        foreach (var p in e.Properties) w.Field(p.Name, GraphQLType(p.Type) + (p.Required ? "!" : ""), Described(p));
        foreach (var f in fields) w.Field(f.Name, FieldInput(f), $"Relationships to make: {f.Description}");
        w.Close();
        w.Open("input", UpdateInput(e), $"Changes to {e.Label} fields, one update operator per field (`{{ set: … }}`, …; absent fields are left unchanged, `{{ set: null }}` removes an optional one), and relationship changes.");
        foreach (var p in e.Properties.Where(p => p.Name != "id")) w.Field(p.Name, UpdateOperators.TypeName(p.Type), Described(p));
        foreach (var f in fields) w.Field(f.Name, $"[{UpdateFieldInput(f)}!]", $"Relationship changes: {f.Description}");
        w.Close();
        foreach (var verb in new[] { "Create", "Update" })
        {
            w.Open("type", MutationResponse(verb, e), $"Result of {verb.ToLowerInvariant()}{Pascal(e.Plural)}.");
            w.Field("info", "MutationInfo!", "What the statement changed.");
            w.Field(e.Plural, $"[{e.Label}!]!", $"The {verb.ToLowerInvariant()}d nodes.");
            w.Close();
        }
    }

    public static void WriteMutation(SdlWriter w, KnowledgeModel model)
    {
        w.Open("type", "Mutation", "Change the knowledge graph: each request is checked against the model, runs in one transaction and is recorded in the audit trail (`changes`).");
        foreach (var e in model.Entities)
        {
            var plural = Pascal(e.Plural);
            w.Field("create" + plural, MutationResponse("Create", e) + "!", $"Create {e.Label} nodes with their relationships.", $"(input: [{CreateInput(e)}!]!)");
            w.Field("update" + plural, MutationResponse("Update", e) + "!", $"Set fields and change relationships of the matching {e.Label} nodes.",
                $"(where: {Where(e.Label)}, update: {UpdateInput(e)}!)");
            w.Field("delete" + plural, "MutationInfo!",
                $"Delete the matching {e.Label} nodes. `where` is required and must not be empty; a node that still has fact relationships is only deleted with `cascade: true`, which deletes them too.",
                $"(where: {Where(e.Label)}, cascade: Boolean = false)");
        }
        Ingestion.IngestionSdl.WriteMutationFields(w);
        w.Close();
    }

    private static void WriteFieldInputs(SdlWriter w, KnowledgeModel model, RelationshipField f)
    {
        var target = TargetType(f);
        var edge = PropertiesInput(f.RelationshipType);
        var fact = model.Relationship(f.RelationshipType)!.IsFact ? Provenance : "";
        w.Open("input", FieldInput(f), $"Relationships of {f.Owner}.{f.Name} to make while creating.");
        w.Field("connect", $"[{ConnectFieldInput(f)}!]", "Connect existing nodes.");
        if (CanCreate(f)) w.Field("create", $"[{CreateFieldInput(f)}!]", "Create new nodes and connect them.");
        w.Close();

        w.Open("input", ConnectFieldInput(f), $"Connect existing nodes through {f.Owner}.{f.Name}.");
        w.Field("where", ConnectWhere(target) + "!", "Which nodes to connect.");
        w.Field("edge", edge, "Properties of the new relationship." + fact);
        w.Close();
        if (CanCreate(f))
        {
            w.Open("input", CreateFieldInput(f), $"Create a node and connect it through {f.Owner}.{f.Name}.");
            w.Field("node", CreateInput(model.Entity(target)!) + "!", "The new node.");
            w.Field("edge", edge, "Properties of the new relationship." + fact);
            w.Close();
        }
        w.Open("input", DisconnectFieldInput(f), $"Remove relationships of {f.Owner}.{f.Name} (the nodes stay).");
        w.Field("where", FieldConnectionWhere(f) + "!", "Which relationships to remove, by related node and edge properties.");
        w.Close();
        w.Open("input", UpdateConnectionInput(f), $"New edge properties for the relationships of {f.Owner}.{f.Name} that `where` selects.");
        w.Field("where", FieldConnectionWhere(f), "Which relationships to change, by related node and edge properties (required).");
        w.Field("edge", PropertiesUpdateInput(f.RelationshipType), "Edge properties to change, one update operator each (`{ set: null }` removes an optional one)." + fact);
        w.Close();
        w.Open("input", UpdateFieldInput(f), $"Changes to the relationships of {f.Owner}.{f.Name}.");
        w.Field("update", UpdateConnectionInput(f), "New edge properties for the relationships its `where` selects.");
        w.Field("connect", $"[{ConnectFieldInput(f)}!]", "Connect existing nodes.");
        w.Field("disconnect", $"[{DisconnectFieldInput(f)}!]", "Remove relationships.");
        if (CanCreate(f)) w.Field("create", $"[{CreateFieldInput(f)}!]", "Create new nodes and connect them.");
        w.Close();
    }

    private static string Described(PropertyDefinition p) =>
        p.AllowedValues is { } values ? $"{p.Description} One of: {string.Join(", ", values)}." : p.Description;
}
