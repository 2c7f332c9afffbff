using Graph.Cypher.Planning;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Tests.Planning;

// Locks down the statement cache: hits reuse the compiled statement, the least recently used entry is evicted first.
public sealed class PlanCacheTests
{
    private static int _compilations;

    private static CompiledStatement Compile(string text)
    {
        Interlocked.Increment(ref _compilations);
        return new CompiledStatement(new SingleQuery(SourcePosition.Start, []), false, [text]);
    }

    [Fact]
    public void Hit_returns_the_same_compiled_statement()
    {
        var cache = new PlanCache(2);
        var first = cache.GetOrAdd("a", Compile);
        Assert.Same(first, cache.GetOrAdd("a", Compile));
    }

    [Fact]
    public void Least_recently_used_is_evicted()
    {
        var cache = new PlanCache(2);
        var a = cache.GetOrAdd("a", Compile);
        cache.GetOrAdd("b", Compile);
        cache.GetOrAdd("a", Compile); // a is now the most recent
        cache.GetOrAdd("c", Compile); // evicts b
        Assert.Equal(2, cache.Count);
        Assert.Same(a, cache.GetOrAdd("a", Compile));
        var before = _compilations;
        cache.GetOrAdd("b", Compile);
        Assert.Equal(before + 1, _compilations);
    }

    [Fact]
    public void Zero_capacity_caches_nothing()
    {
        var cache = new PlanCache(0);
        var x = cache.GetOrAdd("x", Compile);
        Assert.NotSame(x, cache.GetOrAdd("x", Compile));
        Assert.Equal(0, cache.Count);
    }
}
