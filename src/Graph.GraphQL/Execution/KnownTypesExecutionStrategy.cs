using System.Collections.Concurrent;
using global::GraphQL.Execution;
using global::GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// The strategy queries run with. Serial: every field reads a value the one statement already returned (no resolver
/// waits on anything), so GraphQL.NET's parallel strategy only queued a task per field to the thread pool, whose
/// workers spun for them (over half the CPU of the two-level request under 8 connections). And the check that an
/// interface value resolved to one of the interface's object types is made by reference: the library compares the
/// type with each possible type by name, culture-aware, which was a fifth of that request's own work. A type that is
/// not possible (or none) still goes to the library's check, which reports it.
/// </summary>
internal sealed class KnownTypesExecutionStrategy : SerialExecutionStrategy
{
    public static new KnownTypesExecutionStrategy Instance { get; } = new();

    // Per abstract type of the (immutable, initialized) schema: its object types.
    private readonly ConcurrentDictionary<IAbstractGraphType, HashSet<IObjectGraphType>> _possible = new(ReferenceEqualityComparer.Instance);

    protected override void ValidateNodeResult(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node)
    {
        var type = node.GraphType is NonNullGraphType nonNull ? nonNull.ResolvedType : node.GraphType;
        if (node.Result is not null && type is IAbstractGraphType abstractType
            && abstractType.GetObjectType(node.Result, context.Schema) is { IsTypeOf: null } objectType
            && _possible.GetOrAdd(abstractType, static a => new HashSet<IObjectGraphType>(a.PossibleTypes, ReferenceEqualityComparer.Instance)).Contains(objectType))
        {
            return;
        }
        base.ValidateNodeResult(context, node);
    }
}
