using Graph.Cypher.Storage.Indexing;
using Graph.Cypher.Storage.Records;
using Graph.Cypher.Storage.Schema;

namespace Graph.Cypher.Storage;

/// <summary>Keeping token, range and full-text indexes in step with each record change.</summary>
internal sealed partial class WriteTransaction
{
    /// <summary>Checks uniqueness first (so a violation changes nothing), then writes and re-indexes; default slots mean "none".</summary>
    private void ApplyNode(long id, NodeSlot old, NodeSlot updated)
    {
        var changes = RangeChanges(id, onRelationships: false, index => NodeKey(index, old), index => NodeKey(index, updated));

        _nodes.Set(id, updated);
        _touchedNodes.Add(id);
        CountBlocks(old.Properties, updated.Properties);
        Retoken(_labelIndex, id, LabelsOf(old), LabelsOf(updated));
        RecountLabelChange(id, old, updated);
        ApplyRangeChanges(id, changes);
        foreach (var index in _schema.Indexes.Where(i => i.Kind == IndexKind.Fulltext && !i.OnRelationships))
        {
            var document = updated.Present && index.LabelsOrTypes.Any(l => Tokens.Labels.Find(l) is { } t && Tokens.LabelSets.Contains(updated.LabelSet, t))
                ? WriteSupport.Document(Arena, updated.Properties, index.Properties, Tokens.Keys)
                : null;
            var data = _schema.FulltextData[index.Name];
            if (document is not null || old.Present)
            {
                _schema = _schema with { FulltextData = _schema.FulltextData.SetItem(index.Name, data.With(id, document)) };
            }
        }
    }

    /// <summary>
    /// The range-index entries an entity's change moves, checking uniqueness first so a violation
    /// changes nothing (same rule for nodes and relationships; only Neo4j's wording differs).
    /// </summary>
    private List<(IndexDefinition Index, object? OldKey, object? NewKey)> RangeChanges(
        long id, bool onRelationships, Func<IndexDefinition, object?> oldKeyOf, Func<IndexDefinition, object?> newKeyOf)
    {
        var changes = new List<(IndexDefinition Index, object? OldKey, object? NewKey)>();
        foreach (var index in _schema.Indexes.Where(i => i.Kind == IndexKind.Range && i.OnRelationships == onRelationships))
        {
            var oldKey = oldKeyOf(index);
            var newKey = newKeyOf(index);
            if (SameKey(oldKey, newKey))
            {
                continue;
            }

            if (index.OwningConstraint is not null && newKey is not null)
            {
                var clash = _schema.RangeData[index.Name].Equal(newKey).FirstOrDefault(other => other != id, -1);
                if (clash >= 0)
                {
                    var (entity, token) = onRelationships ? ("Relationship", "type") : ("Node", "label");
                    throw StorageErrors.Violation(
                        $"{entity}({clash}) already exists with {token} `{index.LabelsOrTypes[0]}` and {SchemaText.PropertyValues(index.Properties, WriteSupport.KeyValues(newKey, index.Properties.Count))}");
                }
            }

            changes.Add((index, oldKey, newKey));
        }
        return changes;
    }

    private void ApplyRelationship(long id, RelationshipSlot old, RelationshipSlot updated)
    {
        var changes = RangeChanges(id, onRelationships: true, index => RelationshipKey(index, old), index => RelationshipKey(index, updated));

        _relationships.Set(id, updated);
        _touchedRelationships.Add(id);
        CountBlocks(old.Properties, updated.Properties);
        Retoken(_typeIndex, id, old.Present ? [old.Type] : [], updated.Present ? [updated.Type] : []);
        RecountRelationship(old, updated);
        ApplyRangeChanges(id, changes);
        foreach (var index in _schema.Indexes.Where(i => i.Kind == IndexKind.Fulltext && i.OnRelationships))
        {
            var document = updated.Present && index.LabelsOrTypes.Any(t => Tokens.Types.Find(t) == updated.Type)
                ? WriteSupport.Document(Arena, updated.Properties, index.Properties, Tokens.Keys)
                : null;
            if (document is not null || old.Present)
            {
                _schema = _schema with { FulltextData = _schema.FulltextData.SetItem(index.Name, _schema.FulltextData[index.Name].With(id, document)) };
            }
        }
    }

    private void ApplyRangeChanges(long id, List<(IndexDefinition Index, object? OldKey, object? NewKey)> changes)
    {
        foreach (var (index, oldKey, newKey) in changes)
        {
            var data = _schema.RangeData[index.Name];
            if (oldKey is not null)
            {
                data = data.Remove(oldKey, id);
            }

            if (newKey is not null)
            {
                data = data.Add(newKey, id);
            }

            _schema = _schema with { RangeData = _schema.RangeData.SetItem(index.Name, data) };
        }
    }

    private object? NodeKey(IndexDefinition index, NodeSlot record) =>
        record.Present && Tokens.Labels.Find(index.LabelsOrTypes[0]) is { } label && Tokens.LabelSets.Contains(record.LabelSet, label)
            ? WriteSupport.KeyFor(Arena, record.Properties, index.Properties, Tokens.Keys)
            : null;

    private object? RelationshipKey(IndexDefinition index, RelationshipSlot record) =>
        record.Present && Tokens.Types.Find(index.LabelsOrTypes[0]) == record.Type
            ? WriteSupport.KeyFor(Arena, record.Properties, index.Properties, Tokens.Keys)
            : null;

    private int[] LabelsOf(NodeSlot node) => node.Present ? Tokens.LabelSets.Labels(node.LabelSet) : [];

    /// <summary>Same key in the index sense; a changed numeric type (1 → 1.0) still re-indexes the stored value.</summary>
    private static bool SameKey(object? a, object? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.GetType() == b.GetType() && ValueOrder.Instance.AreEqual(a, b));

    private static void Retoken(TokenIndexBuilder index, long id, int[] before, int[] after)
    {
        foreach (var token in before)
        {
            if (Array.IndexOf(after, token) < 0)
            {
                index.Set(token, id, present: false);
            }
        }

        foreach (var token in after)
        {
            if (Array.IndexOf(before, token) < 0)
            {
                index.Set(token, id, present: true);
            }
        }
    }

    /// <summary>Property existence (and node key presence) is checked at commit, like Neo4j.</summary>
    private void CheckExistenceConstraints()
    {
        foreach (var constraint in _schema.Constraints)
        {
            if (constraint.Type is ConstraintType.Uniqueness or ConstraintType.RelationshipUniqueness)
            {
                continue;
            }

            var ids = constraint.OnRelationships ? _touchedRelationships : _touchedNodes;
            foreach (var id in ids.Order())
            {
                if (FindMissing(constraint, id, creating: false) is { } message)
                {
                    throw StorageErrors.Violation(message);
                }
            }
        }
    }

    /// <summary>
    /// The violation message when the entity falls under the constraint but lacks a property (or, for a property type
    /// constraint, has one of another type: Neo4j words that differently when the constraint is being created).
    /// </summary>
    private string? FindMissing(ConstraintDefinition constraint, long id, bool creating)
    {
        long properties;
        if (constraint.OnRelationships)
        {
            var rel = _relationships.Get(id);
            if (!rel.Present || Tokens.Types.Find(constraint.LabelOrType) != rel.Type)
            {
                return null;
            }

            properties = rel.Properties;
        }
        else
        {
            var node = _nodes.Get(id);
            if (!node.Present || Tokens.Labels.Find(constraint.LabelOrType) is not { } label || !Tokens.LabelSets.Contains(node.LabelSet, label))
            {
                return null;
            }

            properties = node.Properties;
        }

        if (constraint.IsPropertyType)
        {
            var key = constraint.Properties[0];
            var value = Tokens.Keys.Find(key) is { } token ? PropertyCodec.Get(Arena, properties, token) : null;
            if (value is null || PropertyTypes.Conforms(value, constraint.PropertyType!)) return null;
            var entity = constraint.OnRelationships ? "Relationship" : "Node";
            return creating
                ? $"{entity}({id}) property `{key}` is of type `{PropertyTypes.Of(value)}`."
                : $"{entity}({id}) with {SchemaText.LabelWord(constraint.OnRelationships)} `{constraint.LabelOrType}` required the property `{key}` to be of type `{constraint.PropertyType}`, but was of type `{PropertyTypes.Of(value)}`.";
        }

        var complete = constraint.Properties.All(p => Tokens.Keys.Find(p) is { } k && PropertyCodec.Get(Arena, properties, k) is not null);
        return complete ? null : SchemaText.MissingProperties(constraint.OnRelationships, id, constraint.LabelOrType, constraint.Properties);
    }
}
