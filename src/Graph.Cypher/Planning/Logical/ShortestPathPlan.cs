using Graph.Cypher.Storage;

namespace Graph.Cypher.Planning.Logical;

/// <summary>
/// shortestPath / allShortestPaths between two bound nodes: breadth first from the start, the first depth (at
/// least Min, at most Max) that reaches the end gives the path (or, for all, every path of that depth). Binds the
/// path and the relationship (a list for a variable-length pattern).
/// </summary>
internal sealed record ShortestPathPlan(
    LogicalPlan Source, Symbol From, Symbol To, Symbol Path, Symbol Relationship, bool RelationshipList, Direction Direction,
    IReadOnlyList<string>? Types, long Min, long? Max, bool All, double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "ShortestPath";

    public override string Details
    {
        get
        {
            var types = Types is null ? "" : ":" + string.Join("|", Types);
            var length = RelationshipList ? "*" + Min + ".." + (Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "") : "";
            var rel = $"[{(Relationship.Hidden ? "" : Relationship.ToString())}{types}{length}]";
            var hop = Direction switch
            {
                Direction.Outgoing => $"({From})-{rel}->({To})",
                Direction.Incoming => $"({From})<-{rel}-({To})",
                _ => $"({From})-{rel}-({To})",
            };
            return $"{Path} = {(All ? "allShortestPaths" : "shortestPath")}({hop})";
        }
    }
}
