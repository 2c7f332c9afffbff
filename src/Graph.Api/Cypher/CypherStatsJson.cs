using System.Text.Json;
using Graph.Core.Store;

namespace Graph.Api.Cypher;

/// <summary>A statement's counters as the <c>stats</c> object of a /cypher answer, with Neo4j's names.</summary>
internal static class CypherStatsJson
{
    public static void Write(Utf8JsonWriter writer, QueryCounters c)
    {
        writer.WriteStartObject("stats");
        writer.WriteBoolean("containsUpdates", c.ContainsUpdates);
        writer.WriteNumber("nodesCreated", c.NodesCreated);
        writer.WriteNumber("nodesDeleted", c.NodesDeleted);
        writer.WriteNumber("relationshipsCreated", c.RelationshipsCreated);
        writer.WriteNumber("relationshipsDeleted", c.RelationshipsDeleted);
        writer.WriteNumber("propertiesSet", c.PropertiesSet);
        writer.WriteNumber("labelsAdded", c.LabelsAdded);
        writer.WriteNumber("labelsRemoved", c.LabelsRemoved);
        writer.WriteEndObject();
    }
}
