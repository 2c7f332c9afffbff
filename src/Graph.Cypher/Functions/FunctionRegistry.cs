using Graph.Cypher.Functions.Aggregates;
using Graph.Cypher.Functions.Apoc;
using Graph.Cypher.Functions.Scalar;
using Graph.Cypher.Functions.Temporal;

namespace Graph.Cypher.Functions;

/// <summary>
/// The built-in function catalogue, looked up case-insensitively as Neo4j does (toLower = TOLOWER).
/// Built once; lookups are dictionary reads.
/// </summary>
internal static class FunctionRegistry
{
    private static readonly Dictionary<string, FunctionDefinition> Scalars = BuildScalars();

    private static readonly Dictionary<string, AggregateDefinition> Aggregates = BuildAggregates();

    public static bool TryGetScalar(string name, out FunctionDefinition def) => Scalars.TryGetValue(name, out def!);

    public static bool TryGetAggregate(string name, out AggregateDefinition def) => Aggregates.TryGetValue(name, out def!);

    public static bool IsAggregate(string name) => Aggregates.ContainsKey(name);

    public static IEnumerable<FunctionDefinition> AllScalars => Scalars.Values;

    public static IEnumerable<AggregateDefinition> AllAggregates => Aggregates.Values;

    private static Dictionary<string, FunctionDefinition> BuildScalars()
    {
        var map = new Dictionary<string, FunctionDefinition>(StringComparer.OrdinalIgnoreCase);
        IEnumerable<FunctionDefinition>[] families =
        [
            EntityFunctions.All,
            ListFunctions.All,
            StringFunctions.All,
            MathFunctions.All,
            VectorFunctions.All,
            Spatial.SpatialFunctions.All,
            ConversionFunctions.All,
            MiscFunctions.All,
            DatabaseFunctions.All,
            LoadCsvFunctions.All,
            TemporalFunctions.All,
            ApocFunctions.All,
        ];
        foreach (var family in families)
        {
            foreach (var def in family) map[def.Name] = def;
        }
        return map;
    }

    private static Dictionary<string, AggregateDefinition> BuildAggregates()
    {
        var map = new Dictionary<string, AggregateDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var def in AggregateFunctions.All) map[def.Name] = def;
        return map;
    }
}
