using Graph.Core.Model;
using Graph.GraphQL.Vocabulary;
using static Graph.GraphQL.Schema.SchemaNames;

namespace Graph.GraphQL.Schema;

/// <summary>
/// Generates the whole schema (SDL, with descriptions) from the knowledge model: nothing is written per type by hand.
/// </summary>
internal static class SdlGenerator
{
    private static readonly (string Name, string Type, string Description)[] PageInfoFields =
    [
        ("hasNextPage", "Boolean!", "Whether more edges follow this page."),
        ("hasPreviousPage", "Boolean!", "Whether edges precede this page."),
        ("startCursor", "String", "Cursor of the first edge of this page."),
        ("endCursor", "String", "Cursor of the last edge of this page; pass it as `after` for the next page."),
    ];

    /// <param name="defaultLimit">The service's <see cref="GraphQLOptions.DefaultLimit"/>, stated where it applies.</param>
    public static string Generate(KnowledgeModel model, int? defaultLimit = 1_000)
    {
        var w = new SdlWriter();
        w.Description("An ISO 8601 calendar date, e.g. 2023-04-12; compares as a date.");
        w.Line("scalar Date\n");
        WriteShared(w, model);
        foreach (var rel in model.Relationships) WriteRelationshipTypes(w, rel);
        UpdateOperators.WriteTypes(w);
        MutationSdl.WriteShared(w, model);
        Audit.AuditSdl.WriteTypes(w);
        Subscriptions.SubscriptionSdl.WriteTypes(w, model);
        Ingestion.IngestionSdl.WriteTypes(w);
        WriteInterfaces(w, model);
        foreach (var e in model.Entities) WriteEntity(w, model, e);
        WriteQuery(w, model, defaultLimit);
        MutationSdl.WriteMutation(w, model);
        Subscriptions.SubscriptionSdl.WriteSubscription(w, model);
        return w.ToString();
    }

    public static IReadOnlyList<PropertyDefinition> CommonProperties(KnowledgeModel model) => Vocabulary.EntityInterfaces.CommonProperties(model);

    public static IEnumerable<PropertyDefinition> AllRelationshipProperties(KnowledgeModel model) =>
        model.Relationships.SelectMany(r => r.Properties).GroupBy(p => p.Name).Select(g => g.First());

    private static void WriteShared(SdlWriter w, KnowledgeModel model)
    {
        w.Open("enum", "SortDirection", "Order of a sort key.");
        w.Value("ASC", "Ascending.");
        w.Value("DESC", "Descending.");
        w.Close();

        w.Open("enum", "EntityType", "The kinds of entity in the graph (node labels).");
        foreach (var e in model.Entities) w.Value(e.Label, e.Description);
        w.Close();

        WriteScalarFilter(w, "IDScalarFilters", "ID", true);
        WriteScalarFilter(w, "StringScalarFilters", "String", true);
        WriteScalarFilter(w, "IntScalarFilters", "Int", false);
        WriteScalarFilter(w, "FloatScalarFilters", "Float", false);
        WriteScalarFilter(w, "DateScalarFilters", "Date", false);
        w.Open("input", "BooleanScalarFilters", "Conditions on a Boolean field.");
        w.Field("eq", "Boolean", "Equal to.");
        w.Field("isNull", "Boolean", "true: the field is absent; false: it is present.");
        w.Close();
        foreach (var (name, item) in new[] { ("StringListFilters", "String"), ("IntListFilters", "Int") })
        {
            w.Open("input", name, $"Conditions on a list of {item} values.");
            w.Field("includes", item, "The list contains this value.");
            w.Field("isNull", "Boolean", "true: the field is absent; false: it is present.");
            w.Close();
        }

        w.Open("type", "PageInfo", "Where a page of a connection lies.");
        foreach (var (name, type, description) in PageInfoFields) w.Field(name, type, description);
        w.Close();

        foreach (var (name, type, what) in new[] { ("StringAggregateSelection", "String", "text"), ("IntAggregateSelection", "Int", "integer"), ("FloatAggregateSelection", "Float", "number"), ("DateAggregateSelection", "Date", "date") })
        {
            w.Open("type", name, $"Aggregates of a {what} field over the selected nodes.");
            if (type == "String")
            {
                w.Field("shortest", "String", "The shortest value.");
                w.Field("longest", "String", "The longest value.");
            }
            else
            {
                w.Field("min", type, "The smallest value.");
                w.Field("max", type, "The largest value.");
                if (type is "Int" or "Float")
                {
                    w.Field("average", "Float", "The mean value.");
                    w.Field("sum", type == "Int" ? "Int" : "Float", "The sum of the values.");
                }
            }
            w.Close();
        }

        w.Open("type", "Count", "How many nodes a connection's filter matches, over all pages.");
        w.Field("nodes", "Int!", "Number of nodes.");
        w.Close();
        w.Open("type", "ConnectionCount", "How many related nodes and relationships a connection's filter matches, over all pages.");
        w.Field("nodes", "Int!", "Number of distinct related nodes.");
        w.Field("edges", "Int!", "Number of relationships.");
        w.Close();
        WriteAggregateNode(w, EntityInterface, CommonProperties(model));
        w.Open("type", "EntitiesConnection", "A page of entities of every type (Relay connection).");
        w.Field("edges", "[EntityEdge!]!", "The entities of this page.");
        w.Field("pageInfo", "PageInfo!", "Where this page lies.");
        w.Field("totalCount", "Int!", "How many entities match, over all pages.");
        w.Field("aggregate", "EntitiesConnectionAggregate!", "Aggregates over every entity the filter matches (all pages).");
        w.Close();
        w.Open("type", "EntitiesConnectionAggregate", "Aggregates over the entities of a connection.");
        w.Field("count", "Count!", "How many entities match.");
        w.Field("node", AggregateNode(EntityInterface) + "!", "Aggregates of the properties every entity has.");
        w.Close();
        w.Open("type", "EntityEdge", "An entity in a connection.");
        w.Field("cursor", "String!", "Opaque position of this edge.");
        w.Field("node", EntityInterface + "!", "The entity.");
        w.Close();

        w.Open("type", "CountAggregate", "How many related nodes match.");
        w.Field("count", "Int!", "Number of related nodes.");
        w.Close();

        w.Open("type", "SearchHit", "A full-text search result.");
        w.Field("score", "Float!", "Relevance given by the full-text index; higher is better.");
        w.Field("entity", EntityInterface + "!", "The matching entity.");
        w.Close();

        w.Open("type", "GraphRelationship", "A relationship on a path or in a neighbourhood, with its properties and evidence.");
        w.Field("type", "String!", "Relationship type, e.g. PARTY_TO.");
        w.Field("from", "ID!", "Global id of the start node.");
        w.Field("to", "ID!", "Global id of the end node.");
        foreach (var p in AllRelationshipProperties(model)) w.Field(p.Name, GraphQLType(p.Type), p.Description);
        w.Close();

        w.Open("type", "Path", "The shortest connection between two entities.");
        w.Field("length", "Int!", "Number of relationships.");
        w.Field("nodes", $"[{EntityInterface}!]!", "Entities along the path, from start to end.");
        w.Field("relationships", "[GraphRelationship!]!", "Relationships along the path, in order.");
        w.Close();

        w.Open("type", "Neighbourhood", "The entities within some hops of an entity and the relationships among them.");
        w.Field("nodes", $"[{EntityInterface}!]!", "Entities reached, the start included.");
        w.Field("relationships", "[GraphRelationship!]!", "Relationships between the entities reached.");
        w.Close();

        w.Open("type", "MutationInfo", "What a mutation changed (the statement's counters).");
        foreach (var c in new[] { "nodesCreated", "nodesDeleted", "relationshipsCreated", "relationshipsDeleted", "propertiesSet" })
        {
            w.Field(c, "Int!", $"Counter {c} of the statement.");
        }
        w.Close();

        w.Open("input", Where(EntityInterface), "Conditions on the fields every entity has.");
        w.Field("typename", "[EntityType!]", "The entity is of one of these types.");
        WriteWhereFields(w, EntityInterface, CommonProperties(model), []);
        w.Close();
        w.Open("input", Sort(EntityInterface), "Sort keys on the fields every entity has.");
        foreach (var p in CommonProperties(model).Where(p => Sortable(p.Type))) w.Field(p.Name, "SortDirection", $"Sort by {p.Name}.");
        w.Close();
        WriteRelationshipFilter(w, EntityInterface);
        foreach (var name in TargetInterfaces.Names) WriteTargetInterfaceInputs(w, model, name);
    }

    /// <summary>Filters, sort keys and aggregates of a named interface: the Entity ones, plus a filter per member type.</summary>
    private static void WriteTargetInterfaceInputs(SdlWriter w, KnowledgeModel model, string name)
    {
        var members = TargetInterfaces.MembersOf(name)!;
        var common = CommonProperties(model);
        w.Open("input", Where(name), $"Conditions on {Article(name)} {name} ({string.Join(", ", members)}). With member-type keys only those types are kept, each meeting its own conditions (as the library reads a union's where).");
        w.Field("typename", "[EntityType!]", "The node is of one of these types.");
        foreach (var member in members) w.Field(member, Where(member), $"Keep {member} nodes that meet these conditions.");
        WriteWhereFields(w, name, common, []);
        w.Close();
        w.Open("input", Sort(name), $"Sort keys on the fields every {name} has.");
        foreach (var p in common.Where(p => Sortable(p.Type))) w.Field(p.Name, "SortDirection", $"Sort by {p.Name}.");
        w.Close();
        WriteRelationshipFilter(w, name);
        WriteAggregateNode(w, name, common);
    }

    private static string Article(string noun) => "AEIOU".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";

    private static void WriteScalarFilter(SdlWriter w, string name, string type, bool text)
    {
        w.Open("input", name, $"Conditions on {(type is "ID" or "Int" ? "an" : "a")} {type} field.");
        w.Field("eq", type, "Equal to.");
        w.Field("in", $"[{type}!]", "Equal to one of.");
        w.Field("lt", type, "Less than.");
        w.Field("lte", type, "Less than or equal to.");
        w.Field("gt", type, "Greater than.");
        w.Field("gte", type, "Greater than or equal to.");
        if (text)
        {
            w.Field("contains", "String", "Contains this text (case-sensitive).");
            w.Field("startsWith", "String", "Starts with this text.");
            w.Field("endsWith", "String", "Ends with this text.");
            w.Field("matches", "String", "Matches this regular expression (Java syntax); off unless the service enables it.");
        }
        w.Field("isNull", "Boolean", "true: the field is absent; false: it is present.");
        w.Close();
    }

    private static void WriteRelationshipFilter(SdlWriter w, string typeName)
    {
        w.Open("input", RelationshipFilter(typeName), $"Conditions on related {typeName} nodes.");
        w.Field("some", Where(typeName), "At least one related node matches.");
        w.Field("all", Where(typeName), "Every related node matches.");
        w.Field("none", Where(typeName), "No related node matches.");
        w.Field("single", Where(typeName), "Exactly one related node matches.");
        w.Close();
    }

    private static void WriteRelationshipTypes(SdlWriter w, RelationshipType rel)
    {
        var name = Properties(rel.Type);
        w.Open("type", name, $"Properties of a {rel.Type} relationship: {rel.Description}");
        foreach (var p in rel.Properties) w.Field(p.Name, GraphQLType(p.Type), p.Description);
        w.Close();
        if (HasAggregates(rel.Properties)) WriteAggregateNode(w, name, rel.Properties);
        if (rel.Properties.Any(p => Sortable(p.Type)))
        {
            w.Open("input", Sort(name), $"Sort keys on the properties of a {rel.Type} relationship.");
            foreach (var p in rel.Properties.Where(p => Sortable(p.Type))) w.Field(p.Name, "SortDirection", $"Sort by {p.Name}.");
            w.Close();
        }
        w.Open("input", Where(name), $"Conditions on the properties of a {rel.Type} relationship.");
        WriteWhereFields(w, name, rel.Properties, []);
        w.Close();
    }

    private static void WriteInterfaces(SdlWriter w, KnowledgeModel model)
    {
        w.Open("interface", NodeInterface, "Anything fetchable by a global id through `node(id:)`.");
        w.Field("globalId", "ID!", "Global id: base64 of \"Label:id\".");
        w.Close();
        w.Open("interface", EntityInterface, "The fields every entity has.", NodeInterface);
        w.Field("globalId", "ID!", "Global id: base64 of \"Label:id\".");
        foreach (var p in CommonProperties(model)) w.Field(p.Name, Output(p), p.Description);
        w.Close();
        foreach (var name in TargetInterfaces.Names)
        {
            w.Open("interface", name, $"{TargetInterfaces.DescriptionOf(name)} The fields they share; select more with inline fragments.", $"{NodeInterface} & {EntityInterface}");
            w.Field("globalId", "ID!", "Global id: base64 of \"Label:id\".");
            foreach (var p in CommonProperties(model)) w.Field(p.Name, Output(p), p.Description);
            w.Close();
        }
    }

    private static void WriteEntity(SdlWriter w, KnowledgeModel model, EntityType e)
    {
        var fields = model.FieldsOf(e.Label).ToList();
        w.Open("type", e.Label, e.Description, string.Join(" & ", new[] { NodeInterface, EntityInterface }.Concat(TargetInterfaces.Of(e.Label))));
        w.Field("globalId", "ID!", "Global id: base64 of \"Label:id\"; use it with node(id:), path and neighbours.");
        foreach (var p in e.Properties) w.Field(p.Name, Output(p), p.Description);
        foreach (var f in fields)
        {
            var target = TargetType(f);
            if (f.IsList)
            {
                w.Field(f.Name, $"[{target}!]!", f.Description, ListArguments(target));
            }
            else
            {
                w.Field(f.Name, target, f.Description, $"(where: {Where(target)})");
            }
            w.Field(f.Name + "Connection", FieldConnection(f) + "!", $"{f.Description} As a connection whose edges carry the relationship's properties.",
                $"(where: {FieldConnectionWhere(f)}, sort: [{FieldConnectionSort(f)}!], first: Int, after: String)");
            w.Field(f.Name + "Aggregate", "CountAggregate!", $"Counts: {f.Description}", $"(where: {Where(target)})");
        }
        w.Close();

        w.Open("input", Where(e.Label), $"Conditions on {e.Label} nodes.");
        WriteWhereFields(w, e.Label, e.Properties, fields);
        w.Close();
        w.Open("input", Sort(e.Label), $"Sort keys for {e.Label} nodes; give one field per list item.");
        foreach (var p in e.Properties.Where(p => Sortable(p.Type))) w.Field(p.Name, "SortDirection", $"Sort by {p.Name}.");
        w.Close();
        WriteRelationshipFilter(w, e.Label);

        w.Open("type", Connection(e), $"A page of {e.Label} nodes (Relay connection).");
        w.Field("edges", $"[{Edge(e)}!]!", "The nodes of this page.");
        w.Field("pageInfo", "PageInfo!", "Where this page lies.");
        w.Field("totalCount", "Int!", "How many nodes match, over all pages.");
        w.Field("aggregate", ConnectionAggregate(e) + "!", "Aggregates over every node the filter matches (all pages).");
        w.Close();
        w.Open("type", ConnectionAggregate(e), $"Aggregates over the {e.Label} nodes of a connection.");
        w.Field("count", "Count!", "How many nodes match.");
        w.Field("node", AggregateNode(e.Label) + "!", "Aggregates of the nodes' properties.");
        w.Close();
        WriteAggregateNode(w, e.Label, e.Properties);
        w.Open("type", Edge(e), $"A {e.Label} in a connection.");
        w.Field("cursor", "String!", "Opaque position of this edge.");
        w.Field("node", e.Label + "!", "The node.");
        w.Close();

        w.Open("type", Aggregate(e), $"Aggregates over the selected {e.Label} nodes.");
        w.Field("count", "Int!", "Number of nodes.");
        foreach (var p in e.Properties)
        {
            if (AggregateType(p.Type) is { } t) w.Field(p.Name, t + "!", $"Aggregates of {p.Name}.");
        }
        w.Close();

        foreach (var f in fields) WriteFieldConnection(w, model, f);

        MutationSdl.WriteEntityInputs(w, model, e);
    }

    private static void WriteFieldConnection(SdlWriter w, KnowledgeModel model, RelationshipField f)
    {
        var target = TargetType(f);
        var props = Properties(f.RelationshipType);
        w.Open("type", FieldConnection(f), $"Connection of {f.Owner}.{f.Name}: {f.Description}");
        w.Field("edges", $"[{FieldEdge(f)}!]!", "The related nodes of this page with the relationship properties.");
        w.Field("pageInfo", "PageInfo!", "Where this page lies.");
        w.Field("totalCount", "Int!", "How many related nodes match, over all pages.");
        w.Field("aggregate", FieldConnectionAggregate(f) + "!", "Aggregates over every related node and relationship the filter matches (all pages).");
        w.Close();
        w.Open("type", FieldConnectionAggregate(f), $"Aggregates over the related nodes and the {f.RelationshipType} relationships of {f.Owner}.{f.Name}.");
        w.Field("count", "ConnectionCount!", "How many related nodes and relationships match.");
        w.Field("node", AggregateNode(target) + "!", "Aggregates of the related nodes' properties.");
        if (HasAggregates(model.Relationship(f.RelationshipType)!.Properties)) w.Field("edge", AggregateNode(props) + "!", "Aggregates of the relationship properties.");
        w.Close();
        w.Open("type", FieldEdge(f), $"A {f.RelationshipType} relationship of {f.Owner}.{f.Name}.");
        w.Field("cursor", "String!", "Opaque position of this edge.");
        w.Field("node", target + "!", "The related node.");
        w.Field("properties", props + "!", model.Relationship(f.RelationshipType)!.Description);
        w.Close();
        w.Open("input", FieldConnectionWhere(f), $"Conditions on the related node and the relationship of {f.Owner}.{f.Name}.");
        w.Field("node", Where(target), "Conditions on the related node.");
        w.Field("edge", Where(props), "Conditions on the relationship properties.");
        w.Field("AND", $"[{FieldConnectionWhere(f)}!]", "All of these.");
        w.Field("OR", $"[{FieldConnectionWhere(f)}!]", "Any of these.");
        w.Field("NOT", FieldConnectionWhere(f), "Not this.");
        w.Close();
        var relationship = model.Relationship(f.RelationshipType)!;
        w.Open("input", FieldConnectionSort(f), $"Sort keys of {f.Owner}.{f.Name}'s connection; give one key per list item.");
        // The related node's keys directly (as before), or v7's { node: {…} } and { edge: {…} } (relationship properties).
        foreach (var p in SortableProperties(model, target)) w.Field(p.Name, "SortDirection", $"Sort by the related node's {p.Name}.");
        w.Field("node", Sort(target), "Sort by the related node's properties.");
        if (relationship.Properties.Any(p => Sortable(p.Type))) w.Field("edge", Sort(props), "Sort by the relationship's properties.");
        w.Close();
        w.Open("input", FieldAggregateInput(f), $"Conditions on aggregates of {f.Owner}.{f.Name}.");
        w.Field("count", "IntScalarFilters", "Conditions on the number of related nodes.");
        w.Close();
        w.Open("input", FieldConnectionFilter(f), $"Conditions over the relationships of {f.Owner}.{f.Name}.");
        foreach (var (q, d) in new[] { ("some", "At least one matches."), ("all", "Every one matches."), ("none", "None matches."), ("single", "Exactly one matches.") })
        {
            w.Field(q, FieldConnectionWhere(f), d);
        }
        w.Close();
    }

    public static void WriteWhereFields(SdlWriter w, string typeName, IEnumerable<PropertyDefinition> properties, IReadOnlyList<RelationshipField> fields)
    {
        foreach (var p in properties) w.Field(p.Name, ScalarFilters(p.Type), $"Conditions on {p.Name}.");
        foreach (var f in fields)
        {
            w.Field(f.Name, RelationshipFilter(TargetType(f)), $"Conditions on related nodes: {f.Description}");
            w.Field(f.Name + "Connection", FieldConnectionFilter(f), "Conditions on related nodes and the relationship properties.");
            w.Field(f.Name + "Aggregate", FieldAggregateInput(f), "Conditions on aggregates of the related nodes, e.g. `{ count: { gte: 3 } }`.");
        }
        w.Field("AND", $"[{Where(typeName)}!]", "All of these.");
        w.Field("OR", $"[{Where(typeName)}!]", "Any of these.");
        w.Field("NOT", Where(typeName), "Not this.");
    }

    private static string ListArguments(string target) =>
        $"(where: {Where(target)}, sort: [{Sort(target)}!], limit: Int, offset: Int)";

    private static void WriteQuery(SdlWriter w, KnowledgeModel model, int? defaultLimit)
    {
        // Root lists are cut at the default limit when no limit is given; a client must be able to read that here.
        var cut = defaultLimit is { } n
            ? $" At most {n.ToString(System.Globalization.CultureInfo.InvariantCulture)} items unless `limit` is given ({GraphQLOptions.Setting(nameof(GraphQLOptions.DefaultLimit))}); page with `limit`/`offset` or use the connection, whose `pageInfo.hasNextPage` says whether more follow."
            : "";
        w.Open("type", "Query", "Read the knowledge graph. Each request runs as one Cypher statement.");
        foreach (var e in model.Entities)
        {
            w.Field(e.Plural, $"[{e.Label}!]!", $"{e.Label} nodes. {e.Description}{cut}", ListArguments(e.Label));
            w.Field(e.Plural + "Connection", Connection(e) + "!", $"{e.Label} nodes as a Relay connection.",
                $"(where: {Where(e.Label)}, sort: [{Sort(e.Label)}!], first: Int, after: String)");
            w.Field(e.Plural + "Aggregate", Aggregate(e) + "!", $"Aggregates over {e.Label} nodes.", $"(where: {Where(e.Label)})");
        }
        w.Field(AllEntities, $"[{EntityInterface}!]!", $"Entities of every type; filter by type with `where: {{ typename: [State, Leader] }}`.{cut}", ListArguments(EntityInterface));
        w.Field(AllEntities + "Connection", "EntitiesConnection!", "Entities of every type as a Relay connection.",
            $"(where: {Where(EntityInterface)}, sort: [{Sort(EntityInterface)}!], first: Int, after: String)");
        w.Field("node", NodeInterface, "The entity with this global id, or null.", "(id: ID!)");
        w.Field("search", "[SearchHit!]!", "Full-text search over names, aliases and descriptions (index entity_search), best first.",
            "(text: String!, types: [EntityType!], first: Int)");
        w.Field("path", "Path", "The shortest connection between two entities (global ids), or null.", "(from: ID!, to: ID!, maxLength: Int)");
        w.Field("neighbours", "Neighbourhood", "The entities within `depth` hops (default 1) of an entity (global id), or null.", "(id: ID!, depth: Int)");
        Audit.AuditSdl.WriteQueryField(w);
        Ingestion.IngestionSdl.WriteQueryFields(w);
        w.Close();
    }

    /// <summary>One field per aggregatable property: <c>name { shortest longest }</c>, <c>date { min max }</c>, …</summary>
    private static void WriteAggregateNode(SdlWriter w, string typeName, IEnumerable<PropertyDefinition> properties)
    {
        w.Open("type", AggregateNode(typeName), $"Aggregates of the properties of {typeName}.");
        foreach (var p in properties)
        {
            if (AggregateType(p.Type) is { } t) w.Field(p.Name, t + "!", $"Aggregates of {p.Name}.");
        }
        w.Close();
    }

    private static bool HasAggregates(IEnumerable<PropertyDefinition> properties) => properties.Any(p => AggregateType(p.Type) is not null);

    private static IEnumerable<PropertyDefinition> SortableProperties(KnowledgeModel model, string typeName) =>
        (model.Entity(typeName)?.Properties ?? CommonProperties(model)).Where(p => Sortable(p.Type));

    private static bool Sortable(ScalarType t) => t is not (ScalarType.StringList or ScalarType.IntList);

    private static string? AggregateType(ScalarType t) => t switch
    {
        ScalarType.String or ScalarType.Id => "StringAggregateSelection",
        ScalarType.Int => "IntAggregateSelection",
        ScalarType.Float => "FloatAggregateSelection",
        ScalarType.Date => "DateAggregateSelection",
        _ => null,
    };

    private static string Output(PropertyDefinition p) => GraphQLType(p.Type) + (p.Required ? "!" : "");
}
