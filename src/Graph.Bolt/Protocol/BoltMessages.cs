namespace Graph.Bolt.Protocol;

/// <summary>Message signatures (https://neo4j.com/docs/bolt/current/bolt/message/).</summary>
internal static class BoltMessages
{
    public const byte Hello = 0x01;
    public const byte Goodbye = 0x02;
    public const byte Logon = 0x6A;
    public const byte Logoff = 0x6B;
    public const byte Reset = 0x0F;
    public const byte Run = 0x10;
    public const byte Begin = 0x11;
    public const byte Commit = 0x12;
    public const byte Rollback = 0x13;
    public const byte Discard = 0x2F;
    public const byte Pull = 0x3F;
    public const byte Telemetry = 0x54;
    public const byte Route = 0x66;

    public const byte Success = 0x70;
    public const byte Record = 0x71;
    public const byte Ignored = 0x7E;
    public const byte Failure = 0x7F;
}
