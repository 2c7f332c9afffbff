namespace Graph.Cypher.Execution.Operators.Parallel;

/// <summary>A scan a parallel aggregation can split into morsels: the ids it reads (a worker's context then makes its rows from morsels).</summary>
internal interface IMorselScan
{
    IEnumerable<long> Ids(OperatorContext ctx);
}
