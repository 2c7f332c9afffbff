namespace Graph.Bolt.Protocol;

/// <summary>
/// The opening of a Bolt connection: the magic preamble 60 60 B0 17, then four proposals of four bytes
/// each (reserved, range, minor, major). A proposal with range r covers minor versions minor−r … minor of
/// its major version. The server answers the best version it speaks in the client's order of preference
/// (00 00 minor major), or four zero bytes when none fits. A manifest proposal (major 255, as newer
/// drivers send first) is passed over: the drivers then take the plain version this server answers.
/// </summary>
public static class BoltHandshake
{
    public const int Length = 20;

    public static ReadOnlySpan<byte> Magic => [0x60, 0x60, 0xB0, 0x17];

    public static bool HasMagic(ReadOnlySpan<byte> handshake) => handshake.Length >= 4 && handshake[..4].SequenceEqual(Magic);

    /// <summary>The version to answer, or null when no proposal names one this server speaks.</summary>
    public static BoltVersion? Negotiate(ReadOnlySpan<byte> proposals)
    {
        for (var offset = 0; offset + 4 <= proposals.Length; offset += 4)
        {
            var range = proposals[offset + 1];
            var minor = proposals[offset + 2];
            var major = proposals[offset + 3];
            foreach (var candidate in BoltVersion.Supported)
            {
                if (candidate.Major == major && candidate.Minor <= minor && candidate.Minor >= minor - range) return candidate;
            }
        }
        return null;
    }

    public static byte[] Answer(BoltVersion? version) =>
        version is { } v ? [0, 0, (byte)v.Minor, (byte)v.Major] : [0, 0, 0, 0];
}
