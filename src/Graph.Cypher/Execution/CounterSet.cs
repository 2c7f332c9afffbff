using Graph.Core.Store;

namespace Graph.Cypher.Execution;

/// <summary>Running update counters of one statement, turned into Neo4j's <see cref="QueryCounters"/> at the end.</summary>
internal sealed class CounterSet
{
    public int NodesCreated;
    public int NodesDeleted;
    public int RelationshipsCreated;
    public int RelationshipsDeleted;
    public int PropertiesSet;
    public int LabelsAdded;
    public int LabelsRemoved;
    public int IndexesAdded;
    public int IndexesRemoved;
    public int ConstraintsAdded;
    public int ConstraintsRemoved;

    /// <summary>A copy to go back to when an inner transaction rolls back (its changes then count for nothing).</summary>
    public CounterSet Copy() => (CounterSet)MemberwiseClone();

    public void RestoreFrom(CounterSet saved)
    {
        NodesCreated = saved.NodesCreated;
        NodesDeleted = saved.NodesDeleted;
        RelationshipsCreated = saved.RelationshipsCreated;
        RelationshipsDeleted = saved.RelationshipsDeleted;
        PropertiesSet = saved.PropertiesSet;
        LabelsAdded = saved.LabelsAdded;
        LabelsRemoved = saved.LabelsRemoved;
        IndexesAdded = saved.IndexesAdded;
        IndexesRemoved = saved.IndexesRemoved;
        ConstraintsAdded = saved.ConstraintsAdded;
        ConstraintsRemoved = saved.ConstraintsRemoved;
    }

    public QueryCounters ToCounters() => new(
        NodesCreated, NodesDeleted, RelationshipsCreated, RelationshipsDeleted, PropertiesSet,
        LabelsAdded, LabelsRemoved, IndexesAdded, IndexesRemoved, ConstraintsAdded, ConstraintsRemoved);
}
