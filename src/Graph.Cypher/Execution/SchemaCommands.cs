using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>CREATE/DROP INDEX, CREATE FULLTEXT INDEX and CREATE/DROP CONSTRAINT through the writer, with schema counters.</summary>
internal static class SchemaCommands
{
    public static void Run(Statement statement, QueryContext ctx)
    {
        var writer = ctx.RequireWriter();
        switch (statement)
        {
            case CreateIndex ci:
                var kind = ci.Point ? IndexKind.Point : ci.Text ? IndexKind.Text : IndexKind.Range;
                writer.CreateIndex(new IndexDefinition(Name(ci.Name, ci.NameParameter, ctx), kind, ci.ForRelationships, [ci.LabelOrType], ci.Properties), ci.IfNotExists, out var created);
                if (created) ctx.Counters.IndexesAdded++;
                break;
            case CreateFulltextIndex fi:
                writer.CreateIndex(new IndexDefinition(Name(fi.Name, fi.NameParameter, ctx), IndexKind.Fulltext, fi.ForRelationships, fi.LabelsOrTypes, fi.Properties), fi.IfNotExists, out var ftCreated);
                if (ftCreated) ctx.Counters.IndexesAdded++;
                break;
            case DropIndex di:
                if (writer.DropIndex(Name(di.Name, di.NameParameter, ctx), di.IfExists)) ctx.Counters.IndexesRemoved++;
                break;
            case CreateConstraint cc:
                var type = (cc.Kind, cc.ForRelationships) switch
                {
                    (ConstraintKind.Unique, false) => ConstraintType.Uniqueness,
                    (ConstraintKind.Unique, true) => ConstraintType.RelationshipUniqueness,
                    (ConstraintKind.NotNull, false) => ConstraintType.NodePropertyExistence,
                    (ConstraintKind.NotNull, true) => ConstraintType.RelationshipPropertyExistence,
                    (ConstraintKind.PropertyType, false) => ConstraintType.NodePropertyType,
                    (ConstraintKind.PropertyType, true) => ConstraintType.RelationshipPropertyType,
                    _ => ConstraintType.NodeKey,
                };
                var definition = new ConstraintDefinition(Name(cc.Name, cc.NameParameter, ctx), type, cc.ForRelationships, cc.LabelOrType, cc.Properties, cc.PropertyType?.ToString());
                writer.CreateConstraint(definition, cc.IfNotExists, out var cCreated);
                if (cCreated) ctx.Counters.ConstraintsAdded++;
                break;
            case DropConstraint dc:
                if (writer.DropConstraint(Name(dc.Name, dc.NameParameter, ctx), dc.IfExists)) ctx.Counters.ConstraintsRemoved++;
                break;
        }
    }

    /// <summary>An index or constraint name as written, or the string value of the $parameter that gives it.</summary>
    private static string Name(string? name, string? parameter, QueryContext ctx)
    {
        if (parameter is null) return name ?? "";
        if (!ctx.Parameters.TryGetValue(parameter, out var value))
        {
            throw new Graph.Core.Errors.GraphException(Graph.Core.Errors.ErrorCodes.ParameterMissing, $"Expected parameter(s): {parameter}", Graph.Core.Errors.ErrorPhase.Compile);
        }
        return value as string ?? throw Values.CypherErrors.TypeMismatch("String", value);
    }
}
