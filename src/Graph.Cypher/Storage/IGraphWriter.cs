namespace Graph.Cypher.Storage;

/// <summary>
/// The writer's view: reads see its own changes. Constraint violations throw
/// <c>Neo.ClientError.Schema.ConstraintValidationFailed</c> at the change that breaks them.
/// Setting a property to null removes it. Deleting a node that still has relationships throws
/// (Neo4j: "Cannot delete node&lt;…&gt;, because it still has relationships. To delete this node, you must first delete its relationships.").
/// </summary>
internal interface IGraphWriter : IGraphView
{
    long CreateNode(IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties);

    long CreateRelationship(long start, long end, string type, IReadOnlyDictionary<string, object?> properties);

    /// <summary>Returns true when something changed (for the propertiesSet counter Neo4j counts every SET; callers decide).</summary>
    void SetNodeProperty(long id, string key, object? value);

    void SetRelationshipProperty(long id, string key, object? value);

    /// <summary>Returns false when the node already had the label.</summary>
    bool AddLabel(long id, string label);

    /// <summary>Returns false when the node did not have the label.</summary>
    bool RemoveLabel(long id, string label);

    void DeleteNode(long id);

    void DeleteRelationship(long id);

    IndexDefinition CreateIndex(IndexDefinition definition, bool ifNotExists, out bool created);

    bool DropIndex(string name, bool ifExists);

    ConstraintDefinition CreateConstraint(ConstraintDefinition definition, bool ifNotExists, out bool created);

    bool DropConstraint(string name, bool ifExists);

    /// <summary>Marks the state before a statement so a failing statement can be undone alone.</summary>
    int Savepoint();

    void RollbackTo(int savepoint);
}
