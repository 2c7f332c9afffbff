using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// The slots of the variables a list comprehension, quantifier or reduce binds, resolved when it is compiled:
/// they follow every slot its scope can read, so the body reads them like any other slot. Each evaluation copies
/// the row into a frame once and then writes the variables in place per element, so no row or dictionary is made
/// per element; nested forms stack their frames the same way.
/// </summary>
internal sealed class LocalFrame
{
    private readonly int _width;

    private LocalFrame(int width, Scope scope, IReadOnlySet<string> locals, int[] slots)
    {
        _width = width;
        Scope = scope;
        Locals = locals;
        Slots = slots;
    }

    /// <summary>The enclosing scope with the bound names pointing at the frame's slots (a later name shadows an earlier one).</summary>
    public Scope Scope { get; }

    /// <summary>Every name bound by this and the enclosing frames: a part reading one is never a projected item's column.</summary>
    public IReadOnlySet<string> Locals { get; }

    /// <summary>The slot of each bound name, in the order given.</summary>
    public int[] Slots { get; }

    public static LocalFrame Of(Scope scope, IReadOnlySet<string>? outer, params string[] names)
    {
        var width = WidthOf(scope);
        var inner = scope;
        var slots = new int[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            slots[i] = width + i;
            inner = inner.With(names[i], new Symbol(width + i, names[i], SymbolKind.Value));
        }
        var locals = new HashSet<string>(outer ?? new HashSet<string>(), StringComparer.Ordinal);
        locals.UnionWith(names);
        return new LocalFrame(width, inner, locals, slots);
    }

    /// <summary>A frame for one evaluation: the row's readable slots copied, the bound ones after them.</summary>
    public object?[] Enter(object?[] row)
    {
        var frame = new object?[_width + Slots.Length];
        Array.Copy(row, frame, Math.Min(row.Length, _width));
        return frame;
    }

    // One past the highest slot anything in the scope answers from.
    private static int WidthOf(Scope scope)
    {
        var max = -1;
        foreach (var s in scope.Variables.Values) max = Math.Max(max, s.Slot);
        foreach (var s in scope.Aggregates?.Values ?? []) max = Math.Max(max, s.Slot);
        foreach (var s in scope.Items?.Values ?? []) max = Math.Max(max, s.Slot);
        foreach (var s in scope.Hoisted?.Values ?? []) max = Math.Max(max, s.Slot);
        return max + 1;
    }
}
