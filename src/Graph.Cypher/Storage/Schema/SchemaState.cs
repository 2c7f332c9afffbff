using System.Collections.Immutable;
using Graph.Cypher.Storage.Fulltext;
using Graph.Cypher.Storage.Indexing;

namespace Graph.Cypher.Storage.Schema;

/// <summary>
/// Indexes, constraints and the data of range and full-text indexes, immutable so each snapshot
/// keeps the schema it was taken with.
/// </summary>
internal sealed record SchemaState(
    ImmutableList<IndexDefinition> Indexes,
    ImmutableList<ConstraintDefinition> Constraints,
    ImmutableDictionary<string, RangeIndex> RangeData,
    ImmutableDictionary<string, FulltextIndex> FulltextData,
    ImmutableDictionary<string, long> IndexIds,
    ImmutableDictionary<string, long> ConstraintIds,
    long NextRuleId)
{
    /// <summary>Neo4j 5 creates these two token lookup indexes in every new database.</summary>
    public static readonly SchemaState Initial = new(
        [
            new IndexDefinition("index_343aff4e", IndexKind.Lookup, false, [], []),
            new IndexDefinition("index_f7700477", IndexKind.Lookup, true, [], []),
        ],
        [],
        ImmutableDictionary.Create<string, RangeIndex>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, FulltextIndex>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, long>(StringComparer.Ordinal).Add("index_343aff4e", 1).Add("index_f7700477", 2),
        ImmutableDictionary.Create<string, long>(StringComparer.Ordinal),
        3);

    /// <summary>Schema rule ids as Neo4j numbers them (shared sequence; an owned index precedes its constraint).</summary>
    public long IndexId(string name) => IndexIds.GetValueOrDefault(name);

    public long ConstraintId(string name) => ConstraintIds.GetValueOrDefault(name);

    public IndexDefinition? FindIndex(string name) => Indexes.FirstOrDefault(i => i.Name == name);

    public ConstraintDefinition? FindConstraint(string name) => Constraints.FirstOrDefault(c => c.Name == name);

    /// <summary>Range indexes over exactly (label, property) usable for a seek.</summary>
    /// <remarks>On every seek, so a plain loop (no LINQ closure or iterator).</remarks>
    public IndexDefinition? RangeIndexFor(bool onRelationships, string labelOrType, string property)
    {
        foreach (var i in Indexes)
        {
            if (i.Kind == IndexKind.Range && i.OnRelationships == onRelationships
                && i.LabelsOrTypes.Count == 1 && i.LabelsOrTypes[0] == labelOrType
                && i.Properties.Count == 1 && i.Properties[0] == property)
            {
                return i;
            }
        }

        return null;
    }
}
