using Graph.Cypher.Storage.Import;
using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Import;

/// <summary>Parsed rows handed from the CSV parser to the appending thread, in file order.</summary>
/// <remarks>A node's properties are either values or a block already encoded into <paramref name="Blocks"/>.</remarks>
internal sealed record ImportBatch(
    List<(int[] Labels, Property[]? Properties, int BlockStart, int BlockLength)> Nodes,
    byte[] Blocks,
    List<(long Start, long End, int Type, Property[] Properties)> Relationships)
{
    public void AppendTo(BulkImporter importer)
    {
        foreach (var (labels, properties, start, length) in Nodes)
        {
            if (properties is null)
            {
                importer.AddEncodedNode(labels, Blocks.AsSpan(start, length));
            }
            else
            {
                importer.AddNode(labels, properties);
            }
        }

        foreach (var (start, end, type, properties) in Relationships)
        {
            importer.AddRelationship(start, end, type, properties);
        }
    }
}
