namespace Graph.Cypher.Planning.Cost;

/// <summary>
/// Row estimates for the operators whose output the statistics do not give directly. A unique seek finds one
/// row and an equality the index's entries per distinct key (its counted selectivity); where no statistic
/// tells, Neo4j's defaults: a prefix a tenth of the entries, a range a third (a tenth with both bounds), a
/// grouping about the square root of its input.
/// </summary>
internal static class CardinalityModel
{
    public static double Seek(SeekKind kind, bool unique, (double Entries, double Distinct) index, int listItems, bool bothBounds) => kind switch
    {
        SeekKind.Equal => unique ? 1 : Math.Max(1, index.Entries / index.Distinct),
        SeekKind.In => unique ? listItems : Math.Max(1, listItems * index.Entries / index.Distinct),
        SeekKind.Prefix => Math.Max(1, index.Entries / 10),
        _ => Math.Max(1, bothBounds ? index.Entries / 10 : index.Entries / 3),
    };

    public static double Grouped(double input, int groupingKeys) => groupingKeys == 0 ? 1 : Math.Max(1, Math.Sqrt(input));

    /// <summary>An equi-join on values spread like its larger side's keys.</summary>
    public static double ValueJoin(double left, double right) => Math.Max(left, right);

    public static double Limited(double input, double? limit) => limit is { } n ? Math.Min(input, n) : input;

    public static double Unwound(double input, int? items) => input * (items ?? 10);
}

/// <summary>
/// The cost of a plan: rows touched, summed over every operator (each row an operator produces is work
/// for its parent). The planner compares alternatives (start point, join order) by it.
/// </summary>
internal static class CostModel
{
    public static double Of(Logical.LogicalPlan plan)
    {
        // Scanning every node touches every label's nodes; a label scan reads only its own list.
        var cost = plan is Logical.AllNodesScanPlan ? 2 * plan.Estimate : plan.Estimate;
        foreach (var child in plan.Children) cost += Of(child);
        // A hash join reads both sides once; a cartesian product materialises its right side and reads it per left row.
        if (plan is Logical.CartesianProductPlan cp) cost += cp.Left.Estimate * cp.Right.Estimate;
        return cost;
    }
}
