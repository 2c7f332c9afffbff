using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Storage;

/// <summary>Keeping the relationship counts exact as records change: O(1) per relationship, O(degree) per label change.</summary>
internal sealed partial class WriteTransaction
{
    private void RecountRelationship(RelationshipSlot old, RelationshipSlot updated)
    {
        // A property change keeps the relationship's shape; only a create or a delete moves the counts.
        if (old.Present == updated.Present)
        {
            return;
        }

        var (slot, delta) = updated.Present ? (updated, 1) : (old, -1);
        _counts.Add(LabelsOf(_nodes.Get(slot.Start)), slot.Type, LabelsOf(_nodes.Get(slot.End)), delta);
    }

    /// <summary>
    /// A node's label change moves every relationship it has from its old labels' shapes to its new ones. A
    /// node is created without relationships and deleted only without them, so only a change in place counts.
    /// </summary>
    private void RecountLabelChange(long id, NodeSlot old, NodeSlot updated)
    {
        if (!old.Present || !updated.Present || old.LabelSet == updated.LabelSet)
        {
            return;
        }

        var (before, after) = (LabelsOf(old), LabelsOf(updated));
        var adjacency = updated.Adjacency;
        for (var i = 0; i < adjacency.OutCount; i++)
        {
            var hop = adjacency.Outgoing(i);
            // A self-loop has the changed labels at both ends; it is in both lists and counted here only.
            var (endBefore, endAfter) = hop.Other == id ? (before, after) : (LabelsOf(_nodes.Get(hop.Other)), LabelsOf(_nodes.Get(hop.Other)));
            _counts.Add(before, hop.Type, endBefore, -1);
            _counts.Add(after, hop.Type, endAfter, 1);
        }

        for (var i = 0; i < adjacency.InCount; i++)
        {
            var hop = adjacency.Incoming(i);
            if (hop.Other == id)
            {
                continue;
            }

            var start = LabelsOf(_nodes.Get(hop.Other));
            _counts.Add(start, hop.Type, before, -1);
            _counts.Add(start, hop.Type, after, 1);
        }
    }
}
