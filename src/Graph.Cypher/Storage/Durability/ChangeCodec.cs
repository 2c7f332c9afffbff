namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// Binary form of a change set's operations (names, not tokens, so a record stands alone) and of
/// schema definitions: an op byte, then the operation's fields.
/// </summary>
internal static class ChangeCodec
{
    private enum Op : byte
    {
        NodeCreated = 1,
        NodeDeleted,
        RelationshipCreated,
        RelationshipDeleted,
        NodePropertySet,
        RelationshipPropertySet,
        LabelAdded,
        LabelRemoved,
        IndexCreated,
        IndexDropped,
        ConstraintCreated,
        ConstraintDropped,
    }

    public static void WriteChanges(BinaryWriter w, IReadOnlyList<StoreChange> changes)
    {
        w.Write7BitEncodedInt(changes.Count);
        foreach (var change in changes)
        {
            Write(w, change);
        }
    }

    public static StoreChange[] ReadChanges(BinaryReader r)
    {
        var changes = new StoreChange[ValueCodec.Count(r)];
        for (var i = 0; i < changes.Length; i++)
        {
            changes[i] = Read(r);
        }

        return changes;
    }

    public static void WriteIndex(BinaryWriter w, IndexDefinition index)
    {
        w.Write(index.Name);
        w.Write((byte)index.Kind);
        w.Write(index.OnRelationships);
        ValueCodec.WriteStrings(w, index.LabelsOrTypes);
        ValueCodec.WriteStrings(w, index.Properties);
        ValueCodec.WriteOptional(w, index.OwningConstraint);
    }

    public static IndexDefinition ReadIndex(BinaryReader r)
    {
        var name = r.ReadString();
        var kind = (IndexKind)r.ReadByte();
        if (!Enum.IsDefined(kind))
        {
            throw new InvalidDataException($"Unknown index kind {(byte)kind}.");
        }

        return new IndexDefinition(name, kind, r.ReadBoolean(), ValueCodec.ReadStrings(r), ValueCodec.ReadStrings(r), ValueCodec.ReadOptional(r));
    }

    public static void WriteConstraint(BinaryWriter w, ConstraintDefinition constraint)
    {
        w.Write(constraint.Name);
        w.Write((byte)constraint.Type);
        w.Write(constraint.OnRelationships);
        w.Write(constraint.LabelOrType);
        ValueCodec.WriteStrings(w, constraint.Properties);
        // Property type constraints (types 5 and 6, added after format 1's first files) carry their type after the
        // properties; the type byte says whether it is there, so older records read as before.
        if (constraint.IsPropertyType) w.Write(constraint.PropertyType ?? "");
    }

    public static ConstraintDefinition ReadConstraint(BinaryReader r)
    {
        var name = r.ReadString();
        var type = (ConstraintType)r.ReadByte();
        if (!Enum.IsDefined(type))
        {
            throw new InvalidDataException($"Unknown constraint type {(byte)type}.");
        }

        var constraint = new ConstraintDefinition(name, type, r.ReadBoolean(), r.ReadString(), ValueCodec.ReadStrings(r));
        return constraint.IsPropertyType ? constraint with { PropertyType = r.ReadString() } : constraint;
    }

    private static void Write(BinaryWriter w, StoreChange change)
    {
        switch (change)
        {
            case NodeCreated c:
                w.Write((byte)Op.NodeCreated);
                w.Write7BitEncodedInt64(c.Id);
                ValueCodec.WriteStrings(w, c.Labels);
                ValueCodec.WriteProperties(w, c.Properties);
                break;
            case NodeDeleted c:
                w.Write((byte)Op.NodeDeleted);
                w.Write7BitEncodedInt64(c.Id);
                break;
            case RelationshipCreated c:
                w.Write((byte)Op.RelationshipCreated);
                w.Write7BitEncodedInt64(c.Id);
                w.Write7BitEncodedInt64(c.Start);
                w.Write7BitEncodedInt64(c.End);
                w.Write(c.Type);
                ValueCodec.WriteProperties(w, c.Properties);
                break;
            case RelationshipDeleted c:
                w.Write((byte)Op.RelationshipDeleted);
                w.Write7BitEncodedInt64(c.Id);
                break;
            case NodePropertySet c:
                w.Write((byte)Op.NodePropertySet);
                w.Write7BitEncodedInt64(c.Id);
                w.Write(c.Key);
                ValueCodec.Write(w, c.Value);
                break;
            case RelationshipPropertySet c:
                w.Write((byte)Op.RelationshipPropertySet);
                w.Write7BitEncodedInt64(c.Id);
                w.Write(c.Key);
                ValueCodec.Write(w, c.Value);
                break;
            case LabelAdded c:
                w.Write((byte)Op.LabelAdded);
                w.Write7BitEncodedInt64(c.Id);
                w.Write(c.Label);
                break;
            case LabelRemoved c:
                w.Write((byte)Op.LabelRemoved);
                w.Write7BitEncodedInt64(c.Id);
                w.Write(c.Label);
                break;
            case IndexCreated c:
                w.Write((byte)Op.IndexCreated);
                WriteIndex(w, c.Definition);
                break;
            case IndexDropped c:
                w.Write((byte)Op.IndexDropped);
                w.Write(c.Name);
                break;
            case ConstraintCreated c:
                w.Write((byte)Op.ConstraintCreated);
                WriteConstraint(w, c.Definition);
                break;
            case ConstraintDropped c:
                w.Write((byte)Op.ConstraintDropped);
                w.Write(c.Name);
                break;
            default:
                throw new InvalidOperationException($"No log form for {change.GetType().Name}.");
        }
    }

    private static StoreChange Read(BinaryReader r)
    {
        var op = (Op)r.ReadByte();
        return op switch
        {
            Op.NodeCreated => new NodeCreated(r.Read7BitEncodedInt64(), ValueCodec.ReadStrings(r), ValueCodec.ReadProperties(r)),
            Op.NodeDeleted => new NodeDeleted(r.Read7BitEncodedInt64()),
            Op.RelationshipCreated => new RelationshipCreated(r.Read7BitEncodedInt64(), r.Read7BitEncodedInt64(), r.Read7BitEncodedInt64(), r.ReadString(), ValueCodec.ReadProperties(r)),
            Op.RelationshipDeleted => new RelationshipDeleted(r.Read7BitEncodedInt64()),
            Op.NodePropertySet => new NodePropertySet(r.Read7BitEncodedInt64(), r.ReadString(), ValueCodec.Read(r)),
            Op.RelationshipPropertySet => new RelationshipPropertySet(r.Read7BitEncodedInt64(), r.ReadString(), ValueCodec.Read(r)),
            Op.LabelAdded => new LabelAdded(r.Read7BitEncodedInt64(), r.ReadString()),
            Op.LabelRemoved => new LabelRemoved(r.Read7BitEncodedInt64(), r.ReadString()),
            Op.IndexCreated => new IndexCreated(ReadIndex(r)),
            Op.IndexDropped => new IndexDropped(r.ReadString()),
            Op.ConstraintCreated => new ConstraintCreated(ReadConstraint(r)),
            Op.ConstraintDropped => new ConstraintDropped(r.ReadString()),
            _ => throw new InvalidDataException($"Unknown log operation {(byte)op}."),
        };
    }
}
