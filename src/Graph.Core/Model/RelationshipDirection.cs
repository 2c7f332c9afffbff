namespace Graph.Core.Model;

/// <summary>Which way a relationship field walks from its owner.</summary>
public enum RelationshipDirection
{
    Outgoing,
    Incoming,
}
