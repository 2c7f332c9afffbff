using Graph.Core.Model;

namespace Graph.GraphQL.Translation;

/// <summary>Aggregation: root and relationship aggregates → clauses returning the aggregate map.</summary>
internal interface IAggregationTranslator
{
    List<string> Root(EntityType entity, FieldRequest field, out string result);

    string Relationship(string variable, string from, RelationshipField relationship, FieldRequest field, out string result);
}
