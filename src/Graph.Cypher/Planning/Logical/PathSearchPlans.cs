using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning.Logical;

/// <summary>
/// A pattern part searched as a whole once its bound ends are in the row: the part as the search reads it (bound
/// ends named by their symbols), the symbols copied into the search's row, the symbols it binds, the relationships
/// of the rest of the MATCH it must not reuse, and for shortestPath() the MATCH's WHERE that it applies during the
/// search (Neo4j's rule for the legacy function).
/// </summary>
internal sealed record PartSearch(
    PatternPart Part,
    IReadOnlyList<KeyValuePair<string, Symbol>> Reads,
    IReadOnlyList<KeyValuePair<string, Symbol>> Binds,
    IReadOnlyList<Symbol> Excluded,
    Expression? SearchWhere)
{
    public string Text => PathPatternText.Of(Part) + (SearchWhere is null ? "" : " WHERE " + ExpressionText.Of(SearchWhere));
}

/// <summary>
/// A selective part (SHORTEST k, SHORTEST k GROUPS, ALL SHORTEST, ANY k, or shortestPath() with a WHERE on its path)
/// between two ends bound below it: per pair of ends, the paths its parenthesized WHERE accepts, the shortest kept.
/// The MATCH's WHERE filters above it (after the selection). Neo4j: StatefulShortestPath(Into), or ShortestPath for
/// the legacy function.
/// </summary>
internal sealed record StatefulShortestPathPlan(LogicalPlan Source, PartSearch Search, double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => Search.Part.GqlSelector ? "StatefulShortestPath(Into)" : "ShortestPath";

    public override string Details => Search.Text;
}

/// <summary>
/// A part with a quantified path pattern, walked from its bound start: each iteration from the node the last one
/// ended on, relationships unique across the walk and the rest of the MATCH, group variables as lists. Neo4j: Repeat(Trail).
/// </summary>
internal sealed record RepeatTrailPlan(LogicalPlan Source, PartSearch Search, double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "Repeat(Trail)";

    public override string Details => Search.Text;
}
