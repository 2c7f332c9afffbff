namespace Graph.Core.Model;

/// <summary>Property types the model uses; each maps to one GraphQL scalar and one Cypher type.</summary>
public enum ScalarType
{
    Id,
    String,
    StringList,
    Int,
    IntList,
    Float,
    Boolean,
    Date,
}
