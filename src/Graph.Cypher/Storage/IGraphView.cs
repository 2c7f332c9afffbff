namespace Graph.Cypher.Storage;

/// <summary>
/// A read view of the graph: either a committed snapshot (readers) or a writer's own state (its
/// uncommitted changes included). Reads of an entity deleted in this transaction throw
/// <c>Neo.ClientError.Statement.EntityNotFound</c>. Property values are engine values
/// (bool, long, double, string, homogeneous lists of those, Graph.Core temporals).
/// </summary>
internal interface IGraphView
{
    // --- nodes
    bool NodeExists(long id);

    /// <summary>True when the node was deleted by the current transaction (reads of it throw).</summary>
    bool IsNodeDeleted(long id);

    IReadOnlyList<string> NodeLabels(long id);

    bool NodeHasLabel(long id, string label);

    object? NodeProperty(long id, string key);

    /// <summary>Properties in key order of first set (Neo4j returns keys in no guaranteed order).</summary>
    IReadOnlyDictionary<string, object?> NodeProperties(long id);

    IEnumerable<long> AllNodes();

    IEnumerable<long> NodesWithLabel(string label);

    long NodeCount { get; }

    long CountNodesWithLabel(string label);

    int Degree(long nodeId, Direction direction, IReadOnlyList<string>? types);

    // --- relationships
    bool RelationshipExists(long id);

    bool IsRelationshipDeleted(long id);

    string RelationshipType(long id);

    long StartNode(long id);

    long EndNode(long id);

    object? RelationshipProperty(long id, string key);

    IReadOnlyDictionary<string, object?> RelationshipProperties(long id);

    /// <summary>Relationships touching a node; types null = any type. A self-loop appears once for Both.</summary>
    IEnumerable<long> RelationshipsOf(long nodeId, Direction direction, IReadOnlyList<string>? types);

    IEnumerable<long> AllRelationships();

    // --- token-level reads: names resolved once (per execution, since a token may be created later),
    // then no string hashing per entity. An unknown name resolves to -1, which nothing carries.
    int LabelToken(string label);

    int PropertyKeyToken(string key);

    TypeFilter ResolveTypes(IReadOnlyList<string>? types);

    bool NodeHasLabel(long id, int label);

    object? NodeProperty(long id, int key);

    /// <summary>
    /// Replaces the buffer's contents with the node's relationships of the given types and direction, each
    /// with its other end (a self-loop once for Both, its other end being the node itself). A copy: the
    /// caller may change the graph while it walks the buffer.
    /// </summary>
    void Expand(long nodeId, Direction direction, TypeFilter types, HopBuffer into);

    /// <summary>Keeps the hops whose other end carries every label token (-1: none does), in order.</summary>
    void KeepOthersLabelled(HopBuffer hops, int[] labels);

    /// <summary>
    /// A property of every hop's other end, appended in hop order. Read in passes (every node record, then
    /// every property block, then the values) so that the memory reads of different nodes overlap.
    /// </summary>
    void OtherEndProperties(HopBuffer hops, int key, List<object?> into);

    IEnumerable<long> RelationshipsWithType(string type);

    long RelationshipCount { get; }

    /// <summary>
    /// Relationships of the type (null: any) from a node with the start label to a node with the end label
    /// (null: any label), kept exact on commit, for the planner's estimates. An unknown name counts 0.
    /// </summary>
    long CountRelationships(string? startLabel, string? type, string? endLabel);

    // --- schema and indexes
    IReadOnlyList<IndexDefinition> Indexes { get; }

    /// <summary>A range index's entries and distinct keys (its selectivity is Distinct / Entries); null when there is no such index.</summary>
    (long Entries, long Distinct)? RangeIndexSize(string indexName) => null;

    IReadOnlyList<ConstraintDefinition> Constraints { get; }

    /// <summary>Neo4j-style schema rule id of an index (SHOW INDEXES' id column); 0 when unknown.</summary>
    long IndexId(string name) => 0;

    /// <summary>Neo4j-style schema rule id of a constraint (SHOW CONSTRAINTS' id column); 0 when unknown.</summary>
    long ConstraintId(string name) => 0;

    /// <summary>
    /// Nodes with the label whose property equals the value (Cypher equality, so 1 = 1.0), using a range
    /// index or uniqueness constraint when one exists; null when there is no index to use (caller scans).
    /// </summary>
    IEnumerable<long>? SeekNodes(string label, string property, object value);

    /// <summary>Nodes with the label whose string property starts with the prefix, via an index; null without one.</summary>
    IEnumerable<long>? SeekNodesByPrefix(string label, string property, string prefix);

    /// <summary>
    /// Nodes with the label whose property lies between the bounds (both inclusive, either may be null but
    /// not both, the same type group when both are given), via a range index; null without one. A superset
    /// of a strict comparison: the caller still applies its predicate.
    /// </summary>
    IEnumerable<long>? SeekNodesByRange(string label, string property, object? lower, object? upper) => null;

    /// <summary>Full-text query (Lucene-like syntax) over a FULLTEXT index: (id, score) best first.</summary>
    IReadOnlyList<(long Id, double Score)> QueryFulltextNodes(string indexName, string query);

    IReadOnlyList<(long Id, double Score)> QueryFulltextRelationships(string indexName, string query);

    // --- catalogue (for db.labels() and friends): names currently in use, sorted
    IReadOnlyList<string> LabelsInUse();

    IReadOnlyList<string> RelationshipTypesInUse();

    IReadOnlyList<string> PropertyKeysInUse();
}
