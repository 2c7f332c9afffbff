using Graph.Bolt.PackStream;

namespace Graph.Bolt.Protocol;

/// <summary>Typed access to a request message's fields; a wrong shape is a <see cref="BoltProtocolException"/>.</summary>
internal static class BoltRequest
{
    public static void Expect(PackStructure message, params int[] fieldCounts)
    {
        if (!fieldCounts.Contains(message.Fields.Count))
        {
            throw new BoltProtocolException($"Message 0x{message.Tag:X2} cannot have {message.Fields.Count} fields.");
        }
    }

    public static IReadOnlyDictionary<string, object?> Map(PackStructure message, int index) =>
        index < message.Fields.Count
            ? message.Fields[index] as Dictionary<string, object?> ?? throw new BoltProtocolException($"Field {index} of message 0x{message.Tag:X2} must be a map.")
            : new Dictionary<string, object?>();

    public static string Text(PackStructure message, int index) =>
        message.Fields[index] as string ?? throw new BoltProtocolException($"Field {index} of message 0x{message.Tag:X2} must be a string.");

    public static long Int(IReadOnlyDictionary<string, object?> map, string key, long absent) => map.GetValueOrDefault(key) switch
    {
        null => absent,
        long value => value,
        _ => throw new BoltProtocolException($"'{key}' must be an integer."),
    };

    public static string? OptionalText(IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) switch
    {
        null => null,
        string value => value,
        _ => throw new BoltProtocolException($"'{key}' must be a string."),
    };
}
