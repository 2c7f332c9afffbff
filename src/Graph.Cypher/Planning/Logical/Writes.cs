using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning.Logical;

/// <summary>
/// An update applied to each row that passes through: the row's bindings (<see cref="Visible"/>) are handed to
/// the engine's updater, and the variables the update binds (<see cref="Introduced"/>) come back into their slots.
/// </summary>
internal abstract record UpdatePlan(LogicalPlan Source, IReadOnlyList<Symbol> Visible, IReadOnlyList<Symbol> Introduced, double Estimate)
    : UnaryPlan(Source, Estimate);

internal sealed record CreatePlan(LogicalPlan Source, Pattern Pattern, IReadOnlyList<Symbol> Visible, IReadOnlyList<Symbol> Introduced, double Estimate)
    : UpdatePlan(Source, Visible, Introduced, Estimate)
{
    public override string Operator => "Create";

    public override string Details => string.Join(", ", Pattern.Parts.Select(WriteText.Part));
}

/// <summary>MERGE: match the part, or create it when nothing matches; ON MATCH / ON CREATE items applied accordingly.</summary>
internal sealed record MergePlan(LogicalPlan Source, MergeClause Clause, IReadOnlyList<Symbol> Visible, IReadOnlyList<Symbol> Introduced, double Estimate)
    : UpdatePlan(Source, Visible, Introduced, Estimate)
{
    public override string Operator => "Merge";

    public override string Details => WriteText.Part(Clause.Part);
}

/// <summary>One SET item: SetProperty (n.k = v), SetPropertiesFromMap (n = map, n += map) or SetLabels.</summary>
internal sealed record SetPlan(LogicalPlan Source, SetItem Item, IReadOnlyList<Symbol> Visible, double Estimate)
    : UpdatePlan(Source, Visible, [], Estimate)
{
    public override string Operator => Item switch
    {
        SetPropertyItem => "SetProperty",
        SetAllPropertiesItem => "SetPropertiesFromMap",
        _ => "SetLabels",
    };

    public override string Details => Item switch
    {
        SetPropertyItem p => $"{ExpressionText.Of(p.Target)}.{p.StaticKey ?? "[" + ExpressionText.Of(p.Key) + "]"} = {ExpressionText.Of(p.Value)}",
        SetAllPropertiesItem a => $"{ExpressionText.Of(a.Target)} {(a.Merge ? "+=" : "=")} {ExpressionText.Of(a.Value)}",
        SetLabelsItem l => l.Variable + string.Concat(l.Labels.Select(x => ":" + x)),
        _ => "",
    };
}

/// <summary>One REMOVE item: RemoveLabels or RemoveProperty.</summary>
internal sealed record RemovePlan(LogicalPlan Source, RemoveItem Item, IReadOnlyList<Symbol> Visible, double Estimate)
    : UpdatePlan(Source, Visible, [], Estimate)
{
    public override string Operator => Item is RemoveLabelsItem ? "RemoveLabels" : "RemoveProperty";

    public override string Details => Item switch
    {
        RemoveLabelsItem l => l.Variable + string.Concat(l.Labels.Select(x => ":" + x)),
        RemovePropertyItem { DynamicKey: { } key } p => $"{ExpressionText.Of(p.Target)}[{ExpressionText.Of(key)}]",
        RemovePropertyItem p => $"{ExpressionText.Of(p.Target)}.{p.Key}",
        _ => "",
    };
}

internal sealed record DeletePlan(LogicalPlan Source, DeleteClause Clause, IReadOnlyList<Symbol> Visible, double Estimate)
    : UpdatePlan(Source, Visible, [], Estimate)
{
    public override string Operator => Clause.Detach ? "DetachDelete" : "Delete";

    public override string Details => string.Join(", ", Clause.Targets.Select(ExpressionText.Of));
}

/// <summary>Reads every input row before passing the first on, so the reads below never see the writes above (or the reads above miss none below).</summary>
internal sealed record EagerPlan(LogicalPlan Source, string Reason, double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "Eager";

    public override string Details => Reason;
}

/// <summary>An updating statement without RETURN: pulls every row (so every write happens) and yields none.</summary>
internal sealed record EmptyResultPlan(LogicalPlan Source, double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "EmptyResult";

    public override string Details => "";
}

/// <summary>LIMIT over writes: passes on the first n rows but pulls them all, so the writes below happen for every row (Neo4j's semantics).</summary>
internal sealed record ExhaustiveLimitPlan(LogicalPlan Source, BoundExpression Count, double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "ExhaustiveLimit";

    public override string Details => Count.Text;
}
