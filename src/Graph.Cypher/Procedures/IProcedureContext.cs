using Graph.Cypher.Storage;

namespace Graph.Cypher.Procedures;

/// <summary>
/// What a procedure may consult besides its arguments. Kept this narrow so procedures sit below the
/// executor: the executor's query context implements it, procedures never see the rest of it.
/// </summary>
internal interface IProcedureContext
{
    /// <summary>The transaction's view: the catalogue (labels, types, keys, indexes) and the fulltext indexes.</summary>
    IGraphView Graph { get; }
}
