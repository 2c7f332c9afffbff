using Graph.Core.Model;

namespace Graph.GraphQL.Translation;

/// <summary>Filters: a <c>where</c> argument → a Cypher predicate (null when empty); values go to the context's parameters.</summary>
internal interface IFilterTranslator
{
    string? Node(string variable, NodeScope scope, object? where);

    string? Relationship(string variable, RelationshipType type, object? where);

    string? ConnectionWhere(string rel, RelationshipType type, string node, NodeScope scope, object? where);
}
