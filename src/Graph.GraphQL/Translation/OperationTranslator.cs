using Graph.Core.Model;
using Graph.Core.Store;
using Graph.GraphQL.Translation.Ast;
using Graph.GraphQL.Vocabulary;

namespace Graph.GraphQL.Translation;

/// <summary>
/// A query operation → exactly one Cypher statement: each root field is a <c>CALL () { … }</c> block returning one
/// value, and the final RETURN has one column per root response key. Null when there is nothing to fetch
/// (introspection only).
/// </summary>
internal static class OperationTranslator
{
    public static CypherStatement? Translate(KnowledgeModel model, GraphQLOptions options, IReadOnlyList<FieldRequest> roots)
    {
        var t = new Translators(new TranslationContext(model, options));
        var clauses = new List<Clause>();
        var returns = new List<Projected>();
        var columns = new List<string>();
        foreach (var group in roots.Where(r => !r.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(r => r.ResponseKey))
        {
            var field = group.First() with { Children = group.SelectMany(r => r.Children).ToList() };
            Subquery subquery;
            try
            {
                subquery = Query(t, model, field);
            }
            catch (TranslationException ex) when (ex.Field is null)
            {
                // Errors found deep in a filter point at the root field that carries them.
                throw new TranslationException(ex.Code, ex.Message, field);
            }
            clauses.Add(new Call([], subquery.Clauses));
            returns.Add(new Projected(subquery.Result, new Variable(CypherText.Name(field.ResponseKey))));
            columns.Add(field.ResponseKey);
        }
        if (clauses.Count == 0) return null;
        clauses.Add(new Return(returns));
        return new CypherStatement(new Statement(clauses).Print(), t.Context.Parameters, AccessMode.Read, columns, t.Context.Checks);
    }

    private static Subquery Query(Translators t, KnowledgeModel model, FieldRequest field)
    {
        var exploration = new ExplorationTranslator(t);
        switch (field.Name)
        {
            case "node": return exploration.Node(field);
            case "search": return exploration.Search(field);
            case "path": return exploration.Path(field);
            case "neighbours": return exploration.Neighbours(field);
            case Audit.ChangesAccess.Field: return new Audit.ChangesTranslator(t).Root(field);
        }
        if (field.Name is EntityInterfaces.Plural or EntityInterfaces.Plural + "Connection")
        {
            var all = NodeScope.AllEntities(model);
            if (field.Name == EntityInterfaces.Plural)
            {
                var node = t.Context.Variable("this");
                return t.Projection.List(new Match(Pattern.Node(new NodePattern(node, all.Labels))), node, all, field, root: true, isList: true);
            }
            return t.Connection.Root(all, field);
        }
        foreach (var entity in model.Entities)
        {
            if (field.Name == entity.Plural)
            {
                var node = t.Context.Variable("this");
                var match = new Match(Pattern.Node(NodePattern.Of(node, entity.Label)));
                return t.Projection.List(match, node, NodeScope.Of(model, entity.Label), field, root: true, isList: true);
            }
            if (field.Name == entity.Plural + "Connection") return t.Connection.Root(NodeScope.Of(model, entity.Label), field);
            if (field.Name == entity.Plural + "Aggregate") return t.Aggregation.Root(entity, field);
        }
        throw new TranslationException("UNKNOWN_FIELD", $"Query field '{field.Name}' is not part of the knowledge model.", field);
    }
}
