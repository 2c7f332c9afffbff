using System.Globalization;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Tests.Durability;

/// <summary>Everything observable about a store as text, so "reopened equals committed" is one comparison.</summary>
internal static class StoreDump
{
    public static string Of(IGraphView view)
    {
        var lines = new List<string>
        {
            $"counts {view.NodeCount} {view.RelationshipCount}",
            "labels " + string.Join(",", view.LabelsInUse()),
            "types " + string.Join(",", view.RelationshipTypesInUse()),
        };
        foreach (var id in view.AllNodes())
        {
            lines.Add($"node {id} :{string.Join(":", view.NodeLabels(id).Order(StringComparer.Ordinal))} {Props(view.NodeProperties(id))}");
        }

        foreach (var id in view.AllRelationships())
        {
            lines.Add($"rel {id} ({view.StartNode(id)})-[:{view.RelationshipType(id)}]->({view.EndNode(id)}) {Props(view.RelationshipProperties(id))}");
            lines.Add($"  out of {view.StartNode(id)}: {string.Join(",", view.RelationshipsOf(view.StartNode(id), Direction.Outgoing, null))}");
        }

        foreach (var index in view.Indexes)
        {
            lines.Add($"index {view.IndexId(index.Name)} {index.Name} {index.Kind} {index.OnRelationships} {string.Join(",", index.LabelsOrTypes)} {string.Join(",", index.Properties)} {index.OwningConstraint}");
        }

        foreach (var constraint in view.Constraints)
        {
            lines.Add($"constraint {view.ConstraintId(constraint.Name)} {constraint.Name} {constraint.Type} {constraint.LabelOrType} {string.Join(",", constraint.Properties)}");
        }

        return string.Join("\n", lines);
    }

    public static string Value(object? value) => value switch
    {
        null => "null",
        string s => "'" + s + "'",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        object?[] list => "[" + string.Join(",", list.Select(Value)) + "]",
        _ => value.GetType().Name + ":" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string Props(IReadOnlyDictionary<string, object?> properties) =>
        "{" + string.Join(", ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + Value(p.Value))) + "}";
}
