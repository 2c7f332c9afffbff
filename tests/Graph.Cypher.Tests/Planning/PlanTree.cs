using System.Text;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Planning;

/// <summary>EXPLAIN's tree as text for snapshots: one operator a line, indented by depth, with details and estimated rows.</summary>
internal static class PlanTree
{
    public static string Of(Db db, string query)
    {
        var plan = db.Run("EXPLAIN " + query).Records;
        var depth = new Dictionary<long, int>();
        var text = new StringBuilder(query).Append('\n');
        foreach (var op in plan)
        {
            var d = op["Parent"] is long parent ? depth[parent] + 1 : 0;
            depth[(long)op["Id"]!] = d;
            text.Append(' ', d * 2).Append(op["Operator"]).Append(' ').Append(op["Details"]).Append(" (").Append(op["Estimated Rows"]).Append(")\n");
        }
        return text.ToString();
    }
}
