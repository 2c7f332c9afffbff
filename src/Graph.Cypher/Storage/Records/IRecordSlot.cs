namespace Graph.Cypher.Storage.Records;

/// <summary>A record stored by value in a <see cref="RecordTable{T}"/>; the default value is an empty slot.</summary>
internal interface IRecordSlot
{
    bool Present { get; }
}
