using Graph.Core.Model;

namespace Graph.GraphQL.Schema;

/// <summary>The naming rules that tie generated GraphQL types to the model (Neo4j GraphQL Library v7 style).</summary>
internal static class SchemaNames
{
    public const string EntityInterface = Vocabulary.EntityInterfaces.Entity;
    public const string NodeInterface = Vocabulary.EntityInterfaces.Node;

    /// <summary>The root list over the Entity interface (<c>entities</c>, <c>entitiesConnection</c>).</summary>
    public const string AllEntities = Vocabulary.EntityInterfaces.Plural;

    public static string Pascal(string camel) => char.ToUpperInvariant(camel[0]) + camel[1..];

    /// <summary>PARTY_TO → PartyTo.</summary>
    public static string RelationshipPascal(string type) =>
        string.Concat(type.Split('_').Select(p => p[..1] + p[1..].ToLowerInvariant()));

    public static string Where(string typeName) => typeName + "Where";

    public static string Sort(string typeName) => typeName + "Sort";

    public static string Connection(EntityType e) => Pascal(e.Plural) + "Connection";

    public static string Edge(EntityType e) => e.Label + "Edge";

    public static string Aggregate(EntityType e) => e.Label + "Aggregate";

    /// <summary>The <c>aggregate</c> field's type of a root connection.</summary>
    public static string ConnectionAggregate(EntityType e) => Pascal(e.Plural) + "ConnectionAggregate";

    /// <summary>Property aggregates of a type (an entity, the Entity interface, or a relationship's properties).</summary>
    public static string AggregateNode(string typeName) => typeName + "AggregateNode";

    /// <summary>The filter on aggregates of a relationship field (<c>partiesAggregate: { count: { gte: 3 } }</c>).</summary>
    public static string FieldAggregateInput(RelationshipField f) => f.Owner + Pascal(f.Name) + "AggregateInput";

    /// <summary>Sort keys of a relationship field's connection: node keys, <c>node</c> and <c>edge</c>.</summary>
    public static string FieldConnectionSort(RelationshipField f) => f.Owner + Pascal(f.Name) + "ConnectionSort";

    /// <summary>The <c>aggregate</c> field's type of a relationship field's connection.</summary>
    public static string FieldConnectionAggregate(RelationshipField f) => f.Owner + Pascal(f.Name) + "ConnectionAggregate";

    public static string RelationshipFilter(string typeName) => typeName + "RelationshipFilter";

    public static string FieldConnection(RelationshipField f) => f.Owner + Pascal(f.Name) + "Connection";

    public static string FieldEdge(RelationshipField f) => f.Owner + Pascal(f.Name) + "Edge";

    public static string FieldConnectionWhere(RelationshipField f) => f.Owner + Pascal(f.Name) + "ConnectionWhere";

    public static string FieldConnectionFilter(RelationshipField f) => f.Owner + Pascal(f.Name) + "ConnectionFilter";

    public static string Properties(string relationshipType) => RelationshipPascal(relationshipType) + "Properties";

    public static string CreateInput(EntityType e) => e.Label + "CreateInput";

    public static string UpdateInput(EntityType e) => e.Label + "UpdateInput";

    public static string MutationResponse(string verb, EntityType e) => verb + Pascal(e.Plural) + "Response";

    /// <summary>Edge properties given when a relationship is created or its edge updated.</summary>
    public static string PropertiesInput(string relationshipType) => RelationshipPascal(relationshipType) + "PropertiesInput";

    /// <summary>Edge property changes of an existing relationship, one update operator each.</summary>
    public static string PropertiesUpdateInput(string relationshipType) => RelationshipPascal(relationshipType) + "PropertiesUpdateInput";

    /// <summary><c>{node: TWhere!}</c>: which existing nodes a connect joins.</summary>
    public static string ConnectWhere(string typeName) => typeName + "ConnectWhere";

    public static string FieldInput(RelationshipField f) => f.Owner + Pascal(f.Name) + "FieldInput";

    public static string ConnectFieldInput(RelationshipField f) => f.Owner + Pascal(f.Name) + "ConnectFieldInput";

    public static string CreateFieldInput(RelationshipField f) => f.Owner + Pascal(f.Name) + "CreateFieldInput";

    public static string DisconnectFieldInput(RelationshipField f) => f.Owner + Pascal(f.Name) + "DisconnectFieldInput";

    public static string UpdateFieldInput(RelationshipField f) => f.Owner + Pascal(f.Name) + "UpdateFieldInput";

    public static string UpdateConnectionInput(RelationshipField f) => f.Owner + Pascal(f.Name) + "UpdateConnectionInput";

    /// <summary>Nested create needs one concrete label; fields with several target labels only connect.</summary>
    public static bool CanCreate(RelationshipField f) => f.Targets.Count == 1;

    /// <summary>The GraphQL type a relationship field's nodes have: the target, or Entity for several targets.</summary>
    /// <summary>The GraphQL type of a relationship field's nodes: its one target, a named interface (Party), or Entity.</summary>
    public static string TargetType(RelationshipField f) =>
        f.Targets.Count == 1 ? f.Targets[0] : Vocabulary.TargetInterfaces.For(f.Targets) ?? EntityInterface;

    public static string ScalarFilters(ScalarType t) => t switch
    {
        ScalarType.Id => "IDScalarFilters",
        ScalarType.String => "StringScalarFilters",
        ScalarType.Int => "IntScalarFilters",
        ScalarType.Float => "FloatScalarFilters",
        ScalarType.Boolean => "BooleanScalarFilters",
        ScalarType.Date => "DateScalarFilters",
        ScalarType.StringList => "StringListFilters",
        ScalarType.IntList => "IntListFilters",
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    public static string GraphQLType(ScalarType t) => t switch
    {
        ScalarType.Id => "ID",
        ScalarType.String => "String",
        ScalarType.Int => "Int",
        ScalarType.Float => "Float",
        ScalarType.Boolean => "Boolean",
        ScalarType.Date => "Date",
        ScalarType.StringList => "[String!]",
        ScalarType.IntList => "[Int!]",
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };
}
