using Graph.Core.Model;
using Graph.GraphQL.Schema;
using static Graph.GraphQL.Schema.SchemaNames;

namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// The subscription half of the schema. Node events follow the Neo4j GraphQL Library (v7):
/// <c>agreementCreated(where)</c> → <c>{event timestamp createdAgreement {…}}</c>, <c>agreementUpdated</c> →
/// <c>{previousState updatedAgreement}</c>, <c>agreementDeleted</c> → <c>{deletedAgreement}</c>, payloads holding the
/// node's properties only. Relationship events are this service's own (the library's v7 has none):
/// <c>agreementRelationshipCreated</c> → <c>{relationshipFieldName agreement {…} createdRelationship { parties { node {…}
/// source evidence … } }}</c>, one event per relationship field that sees the relationship, with its edge properties.
/// </summary>
internal static class SubscriptionSdl
{
    public const string EventTypeEnum = "EventType";
    public const string EntityPayload = EntityInterface + "EventPayload";

    public static string Payload(string typeName) => typeName + "EventPayload";

    public static string Where(string typeName) => typeName + "SubscriptionWhere";

    private static string EdgeWhere(string relationshipType) => Where(Properties(relationshipType));

    private static string Relationships(EntityType e) => e.Label + "Relationships";

    private static string FieldRelationship(RelationshipField f) => f.Owner + Pascal(f.Name) + "Relationship";

    // Event payloads have one interface over every entity type; named interfaces (Party) are for queries.
    private static string Target(RelationshipField f) => f.Targets.Count == 1 ? f.Targets[0] : EntityInterface;

    public static void WriteTypes(SdlWriter w, KnowledgeModel model)
    {
        w.Open("enum", EventTypeEnum, "What happened, in a subscription event.");
        w.Value("CREATE", "A node was created.");
        w.Value("UPDATE", "A node's properties changed.");
        w.Value("DELETE", "A node was deleted.");
        w.Value("CREATE_RELATIONSHIP", "A relationship was created.");
        w.Value("DELETE_RELATIONSHIP", "A relationship was deleted.");
        w.Close();

        var common = SdlGenerator.CommonProperties(model);
        w.Open("interface", EntityPayload, "The properties every entity has, as an event carries them.");
        foreach (var p in common) w.Field(p.Name, Output(p), p.Description);
        w.Close();
        w.Open("input", Where(EntityInterface), "Conditions on the properties every entity has, tested on an event's node.");
        SdlGenerator.WriteWhereFields(w, EntityInterface + "Subscription", common, []);
        w.Close();
        foreach (var rel in model.Relationships)
        {
            w.Open("input", EdgeWhere(rel.Type), $"Conditions on the properties of a {rel.Type} relationship in an event.");
            SdlGenerator.WriteWhereFields(w, Properties(rel.Type) + "Subscription", rel.Properties, []);
            w.Close();
        }
        foreach (var e in model.Entities) WriteEntity(w, model, e);
    }

    private static void WriteEntity(SdlWriter w, KnowledgeModel model, EntityType e)
    {
        w.Open("type", Payload(e.Label), $"A {e.Label}'s properties as an event carries them (no relationships).", EntityPayload);
        foreach (var p in e.Properties) w.Field(p.Name, Output(p), p.Description);
        w.Close();
        w.Open("input", Where(e.Label), $"Conditions on a {e.Label} event's node: the new properties of a create, the previous ones of an update or delete.");
        SdlGenerator.WriteWhereFields(w, e.Label + "Subscription", e.Properties, []);
        w.Close();

        foreach (var field in SubscriptionField.All(model).Where(f => f.Entity == e))
        {
            w.Open("type", field.EventType, Describe(field));
            w.Field("event", EventTypeEnum + "!", "What happened.");
            w.Field("timestamp", "Float!", "When the change committed, in milliseconds since 1970-01-01 UTC; the same for every event of one request.");
            w.Field("sequence", "Int!", "The audit record (Change.seq) of the mutation that made the change: events arrive in this order.");
            switch (field.Kind)
            {
                case GraphEventKind.Update:
                    w.Field("previousState", Payload(e.Label) + "!", "The properties before the change.");
                    w.Field(field.NodeKey, Payload(e.Label) + "!", "The properties after the change.");
                    break;
                case GraphEventKind.Create or GraphEventKind.Delete:
                    w.Field(field.NodeKey, Payload(e.Label) + "!", field.Kind == GraphEventKind.Create ? "The new node." : "The node as it was before it was deleted.");
                    break;
                default:
                    w.Field("relationshipFieldName", "String!", $"The field of {e.Label} the relationship belongs to; it is the one field set in {field.RelationshipKey}.");
                    w.Field(field.NodeKey, Payload(e.Label) + "!", $"The {e.Label} at this end of the relationship.");
                    w.Field(field.RelationshipKey, Relationships(e) + "!", "The relationship: the node at the other end and the edge properties.");
                    break;
            }
            w.Close();
        }

        var fields = model.FieldsOf(e.Label).ToList();
        if (fields.Count == 0) return;
        w.Open("type", Relationships(e), $"A relationship of a {e.Label} in an event: only the field named by relationshipFieldName is set.");
        foreach (var f in fields) w.Field(f.Name, FieldRelationship(f), f.Description);
        w.Close();
        w.Open("input", Relationships(e) + "Where", $"Conditions on the relationship of a {e.Label} event: the event's field must be one of those given.");
        foreach (var f in fields) w.Field(f.Name, FieldRelationship(f) + "Where", $"The relationship is of {f.Name} and meets these conditions.");
        w.Close();
        foreach (var f in fields)
        {
            var rel = model.Relationship(f.RelationshipType)!;
            w.Open("type", FieldRelationship(f), $"A {f.RelationshipType} relationship of {f.Owner}.{f.Name}: the related node and the edge properties.");
            w.Field("node", Payload(Target(f)) + "!", "The node at the other end.");
            foreach (var p in rel.Properties) w.Field(p.Name, GraphQLType(p.Type), p.Description);
            w.Close();
            w.Open("input", FieldRelationship(f) + "Where", $"Conditions on a {f.RelationshipType} relationship of {f.Owner}.{f.Name} in an event.");
            w.Field("node", Where(Target(f)), "Conditions on the node at the other end.");
            w.Field("edge", EdgeWhere(f.RelationshipType), "Conditions on the edge properties.");
            w.Close();
        }
        foreach (var field in SubscriptionField.All(model).Where(f => f.Entity == e && SubscriptionField.IsRelationship(f.Kind)))
        {
            w.Open("input", field.WhereType, $"Conditions on {field.Name} events.");
            w.Field(field.NodeKey, Where(e.Label), $"Conditions on the {e.Label}.");
            w.Field(field.RelationshipKey, Relationships(e) + "Where", "Conditions on the relationship.");
            w.Close();
        }
    }

    public static void WriteSubscription(SdlWriter w, KnowledgeModel model)
    {
        w.Open("type", "Subscription",
            "Live changes made through this service's mutations, after they commit, in commit order (over WebSocket, protocol graphql-transport-ws, at /graphql).");
        foreach (var field in SubscriptionField.All(model))
        {
            w.Field(field.Name, field.EventType + "!", Describe(field), $"(where: {field.WhereType})");
        }
        w.Close();
    }

    private static string Describe(SubscriptionField field) => field.Kind switch
    {
        GraphEventKind.Create => $"A {field.Entity.Label} was created.",
        GraphEventKind.Update => $"A {field.Entity.Label}'s properties changed.",
        GraphEventKind.Delete => $"A {field.Entity.Label} was deleted.",
        GraphEventKind.CreateRelationship => $"A relationship of a {field.Entity.Label} was created (one event per field of either end that follows it).",
        _ => $"A relationship of a {field.Entity.Label} was deleted (also when a cascading delete removes it).",
    };

    private static string Output(PropertyDefinition p) => GraphQLType(p.Type) + (p.Required ? "!" : "");
}
