using Graph.Core.Model;

namespace Graph.GraphQL.Translation;

/// <summary>Connections: root and relationship connections → clauses returning {totalCount, offset, edges}.</summary>
internal interface IConnectionTranslator
{
    List<string> Root(EntityType entity, FieldRequest field, out string result);

    string Relationship(string variable, string from, RelationshipField relationship, FieldRequest field, out string result);
}
