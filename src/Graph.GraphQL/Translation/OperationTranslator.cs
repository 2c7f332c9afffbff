using Graph.Core.Model;
using Graph.Core.Store;
using static Graph.GraphQL.Translation.CypherText;

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
        var blocks = new List<string>();
        var returns = new List<string>();
        var columns = new List<string>();
        foreach (var group in roots.Where(r => !r.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(r => r.ResponseKey))
        {
            var field = group.First() with { Children = group.SelectMany(r => r.Children).ToList() };
            List<string> lines;
            string result;
            try
            {
                lines = Query(t, model, field, out result);
            }
            catch (TranslationException ex) when (ex.Field is null)
            {
                // Errors found deep in a filter point at the root field that carries them.
                throw new TranslationException(ex.Code, ex.Message, field);
            }
            blocks.Add(Call("", lines));
            returns.Add($"{result} AS {Name(field.ResponseKey)}");
            columns.Add(field.ResponseKey);
        }
        if (blocks.Count == 0) return null;
        var text = string.Join("\n", blocks) + "\nRETURN " + string.Join(", ", returns);
        return new CypherStatement(text, t.Context.Parameters, AccessMode.Read, columns, t.Context.Checks);
    }

    private static List<string> Query(Translators t, KnowledgeModel model, FieldRequest field, out string result)
    {
        var exploration = new ExplorationTranslator(t);
        switch (field.Name)
        {
            case "node": return exploration.Node(field, out result);
            case "search": return exploration.Search(field, out result);
            case "path": return exploration.Path(field, out result);
            case "neighbours": return exploration.Neighbours(field, out result);
            case Audit.ChangesAccess.Field: return new Audit.ChangesTranslator(t).Root(field, out result);
        }
        foreach (var entity in model.Entities)
        {
            if (field.Name == entity.Plural)
            {
                var node = t.Context.Variable("this");
                return t.Projection.List($"MATCH ({node}:{Name(entity.Label)})", node, NodeScope.Of(model, entity.Label), field, root: true, isList: true, out result);
            }
            if (field.Name == entity.Plural + "Connection") return t.Connection.Root(entity, field, out result);
            if (field.Name == entity.Plural + "Aggregate") return t.Aggregation.Root(entity, field, out result);
        }
        throw new TranslationException("UNKNOWN_FIELD", $"Query field '{field.Name}' is not part of the knowledge model.", field);
    }
}
