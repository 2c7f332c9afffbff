using Graph.Cypher.Functions;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Tests.Functions;

/// <summary>A function context over a fake graph with a fixed statement clock.</summary>
internal sealed class FakeFunctionContext(FakeGraphView? graph = null) : IFunctionContext
{
    public static readonly DateTimeOffset FixedTime = new(2023, 4, 12, 10, 30, 0, TimeSpan.Zero);

    public FakeGraphView View { get; } = graph ?? new FakeGraphView();

    public IGraphView Graph => View;

    public DateTimeOffset StatementTime => FixedTime;
}
