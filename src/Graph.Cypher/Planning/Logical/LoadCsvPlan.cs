namespace Graph.Cypher.Planning.Logical;

/// <summary>
/// LOAD CSV: for each input row, a row per record of the file its URL names (Neo4j's LoadCSV), the record in
/// <see cref="Variable"/> and its line and file in hidden slots linenumber() and file() read.
/// </summary>
internal sealed record LoadCsvPlan(
    LogicalPlan Source,
    BoundExpression Url,
    Symbol Variable,
    Symbol Line,
    Symbol File,
    bool WithHeaders,
    char FieldTerminator,
    double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "LoadCSV";

    public override string Details => Variable.ToString();
}
