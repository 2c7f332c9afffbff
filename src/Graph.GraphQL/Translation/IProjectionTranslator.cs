using Graph.Core.Model;

namespace Graph.GraphQL.Translation;

/// <summary>Projection: selections → a map projection, with the CALL subqueries it needs appended to the clauses.</summary>
internal interface IProjectionTranslator
{
    string Map(string variable, NodeScope scope, IReadOnlyList<FieldRequest> children, List<string> clauses);

    string Relationship(string variable, string from, RelationshipField relationship, FieldRequest field, out string result);

    List<string> List(string match, string target, NodeScope scope, FieldRequest field, bool root, bool isList, out string result);
}
