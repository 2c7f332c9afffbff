using Graph.Core.Model;
using Graph.GraphQL.Schema;

namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// One root field of <c>Subscription</c>: an entity type and an event kind, named as the Neo4j GraphQL Library (v7)
/// names them (<c>agreementCreated</c>, <c>agreementUpdated</c>, <c>agreementDeleted</c>,
/// <c>agreementRelationshipCreated</c>, <c>agreementRelationshipDeleted</c>), with the names of its payload fields.
/// </summary>
internal sealed record SubscriptionField(EntityType Entity, GraphEventKind Kind)
{
    public static IEnumerable<SubscriptionField> All(KnowledgeModel model) =>
        model.Entities.SelectMany(e => Enum.GetValues<GraphEventKind>()
            .Where(k => !IsRelationship(k) || model.FieldsOf(e.Label).Any())
            .Select(k => new SubscriptionField(e, k)));

    public static SubscriptionField? Find(KnowledgeModel model, string name) => All(model).FirstOrDefault(f => f.Name == name);

    public static bool IsRelationship(GraphEventKind kind) => kind is GraphEventKind.CreateRelationship or GraphEventKind.DeleteRelationship;

    /// <summary>The entity's field in payloads and filters: Agreement → agreement.</summary>
    public string Camel => char.ToLowerInvariant(Entity.Label[0]) + Entity.Label[1..];

    public string Name => Camel + Kind switch
    {
        GraphEventKind.Create => "Created",
        GraphEventKind.Update => "Updated",
        GraphEventKind.Delete => "Deleted",
        GraphEventKind.CreateRelationship => "RelationshipCreated",
        _ => "RelationshipDeleted",
    };

    /// <summary>The event's GraphQL type: AgreementCreatedEvent, AgreementRelationshipDeletedEvent, …</summary>
    public string EventType => SchemaNames.Pascal(Name) + "Event";

    /// <summary>The input type of the field's <c>where</c>.</summary>
    public string WhereType => IsRelationship(Kind) ? SchemaNames.Pascal(Name) + "Where" : SubscriptionSdl.Where(Entity.Label);

    /// <summary>
    /// createdAgreement / updatedAgreement / deletedAgreement: the node as the event left it; in relationship events the
    /// owner node, named after its type (agreement) unless that is a field the event has already (Event → eventNode).
    /// </summary>
    public string NodeKey => Kind switch
    {
        GraphEventKind.Create => "created" + Entity.Label,
        GraphEventKind.Update => "updated" + Entity.Label,
        GraphEventKind.Delete => "deleted" + Entity.Label,
        _ => Reserved.Contains(Camel) ? Camel + "Node" : Camel,
    };

    private static readonly HashSet<string> Reserved =
        new(["event", "timestamp", "sequence", "relationshipFieldName", "createdRelationship", "deletedRelationship"], StringComparer.Ordinal);

    /// <summary>createdRelationship / deletedRelationship in relationship events.</summary>
    public string RelationshipKey => Kind == GraphEventKind.CreateRelationship ? "createdRelationship" : "deletedRelationship";

    /// <summary>The value of the schema's EventType enum.</summary>
    public string EventName => Kind switch
    {
        GraphEventKind.Create => "CREATE",
        GraphEventKind.Update => "UPDATE",
        GraphEventKind.Delete => "DELETE",
        GraphEventKind.CreateRelationship => "CREATE_RELATIONSHIP",
        _ => "DELETE_RELATIONSHIP",
    };

    public bool Takes(GraphEvent graphEvent) => graphEvent.Kind == Kind && graphEvent.Label == Entity.Label;
}
