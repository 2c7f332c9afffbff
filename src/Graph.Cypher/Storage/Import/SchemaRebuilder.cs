using Graph.Cypher.Storage.Schema;

namespace Graph.Cypher.Storage.Import;

/// <summary>
/// Re-creates schema rules over data that was loaded without them (snapshot recovery, bulk import):
/// each index fills in one sort, rules come back in rule-id order (the order they were first created
/// in) and keep their original ids, as Neo4j never renumbers rules.
/// </summary>
internal static class SchemaRebuilder
{
    /// <summary>
    /// Re-creates the rules on <paramref name="tx"/>. With <paramref name="trusted"/> the data is known to
    /// satisfy them (it was committed under them); otherwise every constraint is checked against it.
    /// </summary>
    public static void Recreate(
        WriteTransaction tx,
        IReadOnlyList<(IndexDefinition Rule, long Id)> indexes,
        IReadOnlyList<(ConstraintDefinition Rule, long Id)> constraints,
        long nextRuleId,
        bool trusted)
    {
        tx.PrebuildRangeIndexes(indexes.Select(i => i.Rule));
        foreach (var initial in tx.Indexes.ToList())
        {
            if (!indexes.Any(i => i.Rule.Name == initial.Name))
            {
                tx.DropIndex(initial.Name, ifExists: false);
            }
        }

        var rules = indexes.Where(i => i.Rule.OwningConstraint is null).Select(i => (i.Id, (object)i.Rule))
            .Concat(constraints.Select(c => (c.Id, (object)c.Rule)))
            .OrderBy(r => r.Id);
        foreach (var (_, rule) in rules)
        {
            switch (rule)
            {
                case IndexDefinition index when tx.Indexes.All(i => i.Name != index.Name):
                    tx.CreateIndex(index, ifNotExists: false, out _);
                    break;
                case ConstraintDefinition constraint:
                    // Uniqueness alone is checked faster afterwards, on the sorted index (see Rebuild).
                    tx.TrustedData = trusted || IsUniquenessOnly(constraint);
                    tx.CreateConstraint(constraint, ifNotExists: false, out _);
                    break;
            }
        }

        tx.TrustedData = trusted;
        tx.RestoreRuleIds(indexes.ToDictionary(i => i.Rule.Name, i => i.Id), constraints.ToDictionary(c => c.Rule.Name, c => c.Id), nextRuleId);
    }

    /// <summary>The state of <paramref name="data"/> under <paramref name="schema"/>, every constraint checked.</summary>
    public static StoreState Rebuild(GraphStore store, StoreState data, SchemaState schema)
    {
        var indexes = schema.Indexes.Select(i => (i, schema.IndexId(i.Name))).ToList();
        var constraints = schema.Constraints.Select(c => (c, schema.ConstraintId(c.Name))).ToList();
        var state = store.Capture(data, tx => Recreate(tx, indexes, constraints, schema.NextRuleId, trusted: false));
        foreach (var constraint in schema.Constraints.Where(IsUniquenessOnly))
        {
            if (state.Schema.RangeData[constraint.Name].FindDuplicate() is { } duplicate)
            {
                throw ImportErrors.Duplicate(
                    constraint.Name,
                    constraint.LabelOrType,
                    SchemaText.PropertyValues(constraint.Properties, WriteSupport.KeyValues(duplicate.Key, constraint.Properties.Count)));
            }
        }

        return state;
    }

    private static bool IsUniquenessOnly(ConstraintDefinition constraint) =>
        constraint.Type is ConstraintType.Uniqueness or ConstraintType.RelationshipUniqueness;
}
