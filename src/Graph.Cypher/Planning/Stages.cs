namespace Graph.Cypher.Planning;

/// <summary>
/// Operator slots inside one clause: a MATCH has a start operator and an expand per hop for each pattern
/// part, then its filter; every other clause reports on <see cref="Main"/>.
/// </summary>
internal static class Stages
{
    public const int Main = 0;
    public const int Filter = -1;

    private const int PartStride = 1000;

    public static int Start(int part) => part * PartStride + 1;

    public static int Expand(int part, int hop) => part * PartStride + 2 + hop;
}
