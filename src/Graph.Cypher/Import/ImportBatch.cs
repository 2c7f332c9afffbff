using Graph.Cypher.Storage.Import;
using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Import;

/// <summary>Parsed rows handed from the CSV parser to the appending thread, in file order.</summary>
internal sealed record ImportBatch(
    List<(int[] Labels, Property[] Properties)> Nodes,
    List<(long Start, long End, int Type, Property[] Properties)> Relationships)
{
    public void AppendTo(BulkImporter importer)
    {
        foreach (var (labels, properties) in Nodes)
        {
            importer.AddNode(labels, properties);
        }

        foreach (var (start, end, type, properties) in Relationships)
        {
            importer.AddRelationship(start, end, type, properties);
        }
    }
}
