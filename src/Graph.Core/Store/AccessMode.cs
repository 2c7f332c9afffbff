namespace Graph.Core.Store;

/// <summary>Read statements are rejected by both engines if they would write.</summary>
public enum AccessMode
{
    Read,
    Write,
}
