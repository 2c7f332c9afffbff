using Graph.Core.Model;
using static Graph.GraphQL.Translation.CypherText;

namespace Graph.GraphQL.Translation.Ast;

/// <summary><c>(variable:A|B {id: $p})</c>; every part optional.</summary>
internal sealed record NodePattern(Variable? Variable, IReadOnlyList<string> Labels, Expr? Id = null)
{
    public static NodePattern Of(Variable variable, params string[] labels) => new(variable, labels);

    public string Print() =>
        "(" + Variable?.Print()
        + (Labels.Count == 0 ? "" : ":" + CypherText.Labels(Labels))
        + (Id is null ? "" : " {id: " + Id.Print() + "}") + ")";
}

/// <summary>A relationship step to the next node: <c>-[r:TYPE]-></c>, <c>&lt;-[:TYPE]-</c>, <c>--</c>.</summary>
internal sealed record RelationshipStep(Variable? Variable, string? Type, RelationshipDirection? Direction, NodePattern To)
{
    public string Print()
    {
        var inner = Variable is null && Type is null ? "" : "[" + Variable?.Print() + (Type is null ? "" : ":" + Name(Type)) + "]";
        return Direction switch
        {
            RelationshipDirection.Outgoing => $"-{inner}->{To.Print()}",
            RelationshipDirection.Incoming => $"<-{inner}-{To.Print()}",
            _ => $"-{inner}-{To.Print()}",
        };
    }
}

/// <summary>A path pattern: a start node and the steps from it.</summary>
internal sealed record Pattern(NodePattern Start, IReadOnlyList<RelationshipStep> Steps)
{
    public static Pattern Node(NodePattern node) => new(node, []);

    /// <summary>From an already bound node along a relationship field of the model to its target labels.</summary>
    public static Pattern Along(NodePattern from, RelationshipField field, Variable? relationship, Variable to) =>
        new(from, [new RelationshipStep(relationship, field.RelationshipType, field.Direction, new NodePattern(to, field.Targets))]);

    /// <summary>Along a relationship field from a bound variable.</summary>
    public static Pattern Along(Variable from, RelationshipField field, Variable? relationship, Variable to) =>
        Along(new NodePattern(from, []), field, relationship, to);

    public string Print() => Start.Print() + string.Concat(Steps.Select(s => s.Print()));
}
