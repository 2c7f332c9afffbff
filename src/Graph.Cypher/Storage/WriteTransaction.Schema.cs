using Graph.Core.Errors;
using Graph.Cypher.Storage.Fulltext;
using Graph.Cypher.Storage.Indexing;
using Graph.Cypher.Storage.Schema;

namespace Graph.Cypher.Storage;

/// <summary>Creating and dropping indexes and constraints, with Neo4j 5's conflict rules and errors.</summary>
internal sealed partial class WriteTransaction
{
    public IndexDefinition CreateIndex(IndexDefinition definition, bool ifNotExists, out bool created)
    {
        EnsureOpen();
        created = false;
        var schemaText = SchemaText.Pattern(definition.OnRelationships, string.Join("|", definition.LabelsOrTypes), definition.Properties) + definition.Kind;
        var existingByName = string.IsNullOrEmpty(definition.Name) ? null : _schema.FindIndex(definition.Name);
        var sameSchema = _schema.Indexes.FirstOrDefault(i => SameSchema(i, definition));
        if (ifNotExists && (existingByName ?? sameSchema) is { } found)
        {
            return found;
        }

        if (!string.IsNullOrEmpty(definition.Name) && _schema.FindConstraint(definition.Name) is not null)
        {
            throw StorageErrors.Schema(StorageErrors.ConstraintWithNameAlreadyExists, $"There already exists a constraint called '{definition.Name}'.");
        }

        if (existingByName is not null)
        {
            throw SameSchema(existingByName, definition)
                ? StorageErrors.Schema(ErrorCodes.EquivalentSchemaRuleAlreadyExists, $"An equivalent index already exists, '{SchemaText.Rule(existingByName, _schema)}'.")
                : StorageErrors.Schema(StorageErrors.IndexWithNameAlreadyExists, $"There already exists an index called '{definition.Name}'.");
        }

        if (sameSchema is not null)
        {
            throw sameSchema.OwningConstraint is not null
                ? StorageErrors.Schema(StorageErrors.IndexAlreadyExists, $"There is a uniqueness constraint on {SchemaText.Pattern(definition.OnRelationships, definition.LabelsOrTypes[0], definition.Properties)}, so an index is already created that matches this.")
                // Neo4j calls an index "equivalent" only when the new one is unnamed or has the same name.
                : string.IsNullOrEmpty(definition.Name) || definition.Name == sameSchema.Name
                    ? StorageErrors.Schema(ErrorCodes.EquivalentSchemaRuleAlreadyExists, $"An equivalent index already exists, '{SchemaText.Rule(sameSchema, _schema)}'.")
                    : StorageErrors.Schema(StorageErrors.IndexAlreadyExists, $"There already exists an index {SchemaText.Pattern(definition.OnRelationships, string.Join("|", definition.LabelsOrTypes), definition.Properties)}.");
        }

        Validate(definition);
        var name = string.IsNullOrEmpty(definition.Name) ? WriteSupport.GenerateName("index_", schemaText, NameTaken) : definition.Name;
        var index = definition with { Name = name, OwningConstraint = null };
        AddIndex(index);
        created = true;
        _changes.Add(new IndexCreated(index));
        return index;
    }

    public bool DropIndex(string name, bool ifExists)
    {
        EnsureOpen();
        var index = _schema.FindIndex(name);
        if (index is null)
        {
            return ifExists ? false : throw StorageErrors.NoSuchIndexToDrop(name);
        }

        if (index.OwningConstraint is not null)
        {
            throw new GraphException(ErrorCodes.IndexNotFound, $"Unable to drop index: Index belongs to constraint: `{index.OwningConstraint}`");
        }

        RemoveIndex(index);
        _changes.Add(new IndexDropped(name));
        return true;
    }

    public ConstraintDefinition CreateConstraint(ConstraintDefinition definition, bool ifNotExists, out bool created)
    {
        EnsureOpen();
        created = false;
        if (definition.Properties.Count == 0 || string.IsNullOrEmpty(definition.LabelOrType))
        {
            throw new GraphException(ErrorCodes.SemanticError, "A constraint needs a label or type and at least one property.");
        }

        var existingByName = string.IsNullOrEmpty(definition.Name) ? null : _schema.FindConstraint(definition.Name);
        var sameSchema = _schema.Constraints.FirstOrDefault(c => c.Type == definition.Type && SameSchema(c, definition));
        if (ifNotExists && (existingByName ?? sameSchema) is { } found)
        {
            return found;
        }

        if (!string.IsNullOrEmpty(definition.Name) && _schema.FindIndex(definition.Name) is { OwningConstraint: null })
        {
            throw StorageErrors.Schema(StorageErrors.IndexWithNameAlreadyExists, $"There already exists an index called '{definition.Name}'.");
        }

        if (existingByName is not null)
        {
            throw existingByName.Type == definition.Type && SameSchema(existingByName, definition)
                ? StorageErrors.Schema(ErrorCodes.EquivalentSchemaRuleAlreadyExists, $"An equivalent constraint already exists, '{SchemaText.Rule(existingByName, _schema)}'.")
                : StorageErrors.Schema(StorageErrors.ConstraintWithNameAlreadyExists, $"There already exists a constraint called '{definition.Name}'.");
        }

        if (sameSchema is not null)
        {
            // As with indexes, only an unnamed or same-named constraint is "equivalent"; another name on the same schema already exists.
            throw string.IsNullOrEmpty(definition.Name) || definition.Name == sameSchema.Name
                ? StorageErrors.Schema(ErrorCodes.EquivalentSchemaRuleAlreadyExists, $"An equivalent constraint already exists, '{SchemaText.Rule(sameSchema, _schema)}'.")
                : StorageErrors.Schema(StorageErrors.ConstraintAlreadyExists, $"Constraint already exists: {SchemaText.Rule(sameSchema, _schema)}");
        }

        var ownsIndex = definition.Type is ConstraintType.Uniqueness or ConstraintType.NodeKey or ConstraintType.RelationshipUniqueness;
        var pattern = SchemaText.Pattern(definition.OnRelationships, definition.LabelOrType, definition.Properties);
        if (ownsIndex)
        {
            if (_schema.Constraints.FirstOrDefault(c => c.Type != definition.Type && SameSchema(c, definition) && OwnsIndex(c)) is { } other)
            {
                throw StorageErrors.Schema(StorageErrors.ConstraintAlreadyExists, $"Constraint already exists: {SchemaText.Rule(other, _schema)}");
            }

            if (_schema.Indexes.Any(i => i.Kind == IndexKind.Range && i.OwningConstraint is null && i.OnRelationships == definition.OnRelationships
                && i.LabelsOrTypes.SequenceEqual([definition.LabelOrType]) && i.Properties.SequenceEqual(definition.Properties)))
            {
                throw StorageErrors.Schema(StorageErrors.IndexAlreadyExists, $"There already exists an index {pattern}. A constraint cannot be created until the index has been dropped.");
            }
        }

        var name = string.IsNullOrEmpty(definition.Name)
            ? WriteSupport.GenerateName("constraint_", pattern + definition.Type, NameTaken)
            : definition.Name;
        var constraint = definition with { Name = name };
        if (!TrustedData)
        {
            ValidateExistingData(constraint);
        }
        if (ownsIndex)
        {
            AddIndex(new IndexDefinition(name, IndexKind.Range, constraint.OnRelationships, [constraint.LabelOrType], constraint.Properties, name));
        }

        _schema = _schema with
        {
            Constraints = _schema.Constraints.Add(constraint),
            ConstraintIds = _schema.ConstraintIds.SetItem(name, _schema.NextRuleId),
            NextRuleId = _schema.NextRuleId + 1,
        };
        created = true;
        _changes.Add(new ConstraintCreated(constraint));
        return constraint;
    }

    public bool DropConstraint(string name, bool ifExists)
    {
        EnsureOpen();
        var constraint = _schema.FindConstraint(name);
        if (constraint is null)
        {
            return ifExists ? false : throw StorageErrors.NoSuchConstraintToDrop(name);
        }

        if (_schema.FindIndex(name) is { } owned && owned.OwningConstraint == name)
        {
            RemoveIndex(owned);
        }

        _schema = _schema with { Constraints = _schema.Constraints.Remove(constraint), ConstraintIds = _schema.ConstraintIds.Remove(name) };
        _changes.Add(new ConstraintDropped(name));
        return true;
    }

    /// <summary>
    /// Recovery and bulk import, before re-creating these rules: fills their range indexes from the data
    /// in parallel (reads only, so the builders are safe to share); AddIndex then takes them as they are.
    /// </summary>
    internal void PrebuildRangeIndexes(IEnumerable<IndexDefinition> indexes)
    {
        EnsureOpen();
        var prebuilt = new System.Collections.Concurrent.ConcurrentDictionary<string, RangeIndex>(StringComparer.Ordinal);
        // Scopes are taken here, on this thread (taking one may freeze a builder); the scans run in parallel.
        var work = indexes.Where(i => i.Kind == IndexKind.Range).Select(i => (Index: i, Ids: Scope(i))).ToList();
        Parallel.ForEach(work, w => prebuilt[w.Index.Name] = BuildRangeIndex(w.Index, w.Ids));
        _prebuilt = prebuilt;
    }

    /// <summary>Recovery only: full-text indexes a snapshot stored, taken instead of analysing every document again.</summary>
    internal IReadOnlyDictionary<string, Durability.StoredFulltext>? StoredFulltext { get; set; }

    /// <summary>Recovery only: the data was valid when it was committed, so re-creating a constraint skips the full check.</summary>
    internal bool TrustedData { get; set; }

    /// <summary>Recovery only: puts back the schema rule ids a snapshot recorded (Neo4j never renumbers rules).</summary>
    internal void RestoreRuleIds(IReadOnlyDictionary<string, long> indexIds, IReadOnlyDictionary<string, long> constraintIds, long nextRuleId)
    {
        EnsureOpen();
        _schema = _schema with
        {
            IndexIds = _schema.IndexIds.SetItems(indexIds.Where(p => _schema.FindIndex(p.Key) is not null)),
            ConstraintIds = _schema.ConstraintIds.SetItems(constraintIds.Where(p => _schema.FindConstraint(p.Key) is not null)),
            NextRuleId = nextRuleId,
        };
    }

    private static bool OwnsIndex(ConstraintDefinition c) =>
        c.Type is ConstraintType.Uniqueness or ConstraintType.NodeKey or ConstraintType.RelationshipUniqueness;

    private static bool SameSchema(IndexDefinition a, IndexDefinition b) =>
        a.Kind == b.Kind && a.OnRelationships == b.OnRelationships
        && a.LabelsOrTypes.SequenceEqual(b.LabelsOrTypes) && a.Properties.SequenceEqual(b.Properties);

    private static bool SameSchema(ConstraintDefinition a, ConstraintDefinition b) =>
        a.OnRelationships == b.OnRelationships && a.LabelOrType == b.LabelOrType && a.Properties.SequenceEqual(b.Properties);

    private static void Validate(IndexDefinition definition)
    {
        var valid = definition.Kind switch
        {
            IndexKind.Lookup => definition.LabelsOrTypes.Count == 0 && definition.Properties.Count == 0,
            IndexKind.Range => definition.LabelsOrTypes.Count == 1 && definition.Properties.Count > 0,
            IndexKind.Point or IndexKind.Text => definition.LabelsOrTypes.Count == 1 && definition.Properties.Count == 1,
            _ => definition.LabelsOrTypes.Count > 0 && definition.Properties.Count > 0,
        };
        if (!valid)
        {
            throw new GraphException(ErrorCodes.SemanticError, $"Invalid {definition.Kind.ToString().ToUpperInvariant()} index definition.");
        }
    }

    private IEnumerable<long> Scope(IndexDefinition index) =>
        index.OnRelationships ? RelationshipsWithType(index.LabelsOrTypes[0]) : NodesWithLabel(index.LabelsOrTypes[0]);

    private RangeIndex BuildRangeIndex(IndexDefinition index, IEnumerable<long> ids)
    {
        var builder = new RangeIndexBuilder();
        // One property: stored strings go into the index straight from their bytes (no string, no key array).
        int? single = index.Properties.Count == 1 ? Tokens.Keys.Find(index.Properties[0]) : null;
        if (index.Properties.Count == 1 && single is null)
        {
            return builder.Build();
        }

        foreach (var id in ids)
        {
            var block = index.OnRelationships ? _relationships.Get(id).Properties : _nodes.Get(id).Properties;
            if (single is { } key && Records.PropertyCodec.TryGetUtf8(Arena, block, key, out var utf8) && builder.TryAddUtf8String(utf8, id))
            {
                continue;
            }

            if (WriteSupport.KeyFor(Arena, block, index.Properties, Tokens.Keys) is { } value)
            {
                builder.Add(value, id);
            }
        }

        return builder.Build();
    }

    private bool NameTaken(string name) => _schema.FindIndex(name) is not null || _schema.FindConstraint(name) is not null;

    /// <summary>Adds the index and fills it from the current data (through the normal re-index path).</summary>
    private void AddIndex(IndexDefinition index)
    {
        _schema = _schema with
        {
            Indexes = _schema.Indexes.Add(index),
            IndexIds = _schema.IndexIds.SetItem(index.Name, _schema.NextRuleId),
            NextRuleId = _schema.NextRuleId + 1,
        };
        if (index.Kind == IndexKind.Range)
        {
            var data = _prebuilt is not null && _prebuilt.TryRemove(index.Name, out var prebuilt) ? prebuilt : BuildRangeIndex(index, Scope(index));
            _schema = _schema with { RangeData = _schema.RangeData.SetItem(index.Name, data) };
        }
        else if (index.Kind == IndexKind.Fulltext)
        {
            var ids = index.LabelsOrTypes.SelectMany(l => index.OnRelationships ? RelationshipsWithType(l) : NodesWithLabel(l)).Distinct();
            FulltextDocument? DocumentOf(long id) =>
                WriteSupport.Document(Arena, index.OnRelationships ? _relationships.Get(id).Properties : _nodes.Get(id).Properties, index.Properties, Tokens.Keys);
            FulltextIndex data;
            if (StoredFulltext is not null && StoredFulltext.TryGetValue(index.Name, out var stored))
            {
                // The snapshot's index is exact for its own entities; only those the log created since are added.
                var below = index.OnRelationships ? stored.RelationshipsBelow : stored.NodesBelow;
                data = stored.Index;
                foreach (var id in ids.Where(id => id >= below))
                {
                    data = data.With(id, DocumentOf(id));
                }
            }
            else
            {
                data = FulltextIndex.Build(ids.Select(id => (id, DocumentOf(id))));
            }

            _schema = _schema with { FulltextData = _schema.FulltextData.SetItem(index.Name, data) };
        }
    }

    private void RemoveIndex(IndexDefinition index) =>
        _schema = _schema with
        {
            Indexes = _schema.Indexes.Remove(index),
            RangeData = _schema.RangeData.Remove(index.Name),
            FulltextData = _schema.FulltextData.Remove(index.Name),
            IndexIds = _schema.IndexIds.Remove(index.Name),
        };

    /// <summary>Neo4j refuses a constraint the existing data already breaks ("Unable to create Constraint( … )").</summary>
    private void ValidateExistingData(ConstraintDefinition constraint)
    {
        var ids = (constraint.OnRelationships ? RelationshipsWithType(constraint.LabelOrType) : NodesWithLabel(constraint.LabelOrType)).ToList();
        var header = $"Unable to create {SchemaText.Rule(constraint)}:\n";
        if (constraint.Type is not (ConstraintType.Uniqueness or ConstraintType.RelationshipUniqueness))
        {
            foreach (var id in ids)
            {
                if (FindMissing(constraint, id, creating: true) is { } missing)
                {
                    throw StorageErrors.CreationFailed(header + missing);
                }
            }
        }

        if (OwnsIndex(constraint))
        {
            var probe = new IndexDefinition(constraint.Name, IndexKind.Range, constraint.OnRelationships, [constraint.LabelOrType], constraint.Properties);
            var seen = new SortedDictionary<object, long>(ValueOrder.Instance);
            foreach (var id in ids)
            {
                var key = constraint.OnRelationships ? RelationshipKey(probe, _relationships.Get(id)) : NodeKey(probe, _nodes.Get(id));
                if (key is null)
                {
                    continue;
                }

                if (seen.TryGetValue(key, out var first))
                {
                    var entity = constraint.OnRelationships ? "Relationship" : "Node";
                    throw StorageErrors.CreationFailed(header +
                        $"Both {entity}({first}) and {entity}({id}) have the {SchemaText.LabelWord(constraint.OnRelationships)} `{constraint.LabelOrType}` and {SchemaText.PropertyValues(constraint.Properties, WriteSupport.KeyValues(key, constraint.Properties.Count))}");
                }

                seen[key] = id;
            }
        }
    }
}
