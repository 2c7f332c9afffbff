using Graph.Cypher.Storage;

namespace Graph.Cypher.Functions;

/// <summary>What a function may consult besides its arguments.</summary>
internal interface IFunctionContext
{
    /// <summary>The transaction's view, for labels(n), properties(n), type(r), startNode(r), ….</summary>
    IGraphView Graph { get; }

    /// <summary>The statement's clock: Neo4j's date()/datetime()/timestamp() are fixed for one statement.</summary>
    DateTimeOffset StatementTime { get; }
}
