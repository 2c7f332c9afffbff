namespace Graph.Bolt.Protocol;

/// <summary>The server states of Bolt's connection state machine (https://neo4j.com/docs/bolt/current/bolt/server-state/).</summary>
internal enum BoltState
{
    /// <summary>Handshake done; HELLO expected.</summary>
    Negotiation,
    /// <summary>Bolt 5.1+: HELLO done; LOGON expected.</summary>
    Authentication,
    Ready,
    Streaming,
    TxReady,
    TxStreaming,
    /// <summary>A request failed: everything but RESET and GOODBYE is IGNORED.</summary>
    Failed,
    /// <summary>The connection is to be closed.</summary>
    Defunct,
}
