namespace Graph.GraphQL.Curation;

/// <summary>A node by label and id: how curation names what it touches ("Agreement:joint-declaration-2023").</summary>
internal sealed record NodeRef(string Label, string Id)
{
    public override string ToString() => Label + ":" + Id;
}

/// <summary>One relationship by type and end points (relationships carry no id of their own in the model).</summary>
internal sealed record EdgeRef(string Type, NodeRef From, NodeRef To)
{
    public override string ToString() => $"({From})-[:{Type}]->({To})";
}
