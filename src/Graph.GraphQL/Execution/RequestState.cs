namespace Graph.GraphQL.Execution;

/// <summary>What one request carries from the translating listener to the resolvers: the root values.</summary>
internal sealed class RequestState(bool queriesOnly, GraphQLCaller? caller = null)
{
    public const string Key = "graph.request";

    public bool QueriesOnly { get; } = queriesOnly;

    /// <summary>Who asks: the audit trail records it, and reading the trail needs the editor role.</summary>
    public GraphQLCaller Caller { get; } = caller ?? GraphQLCaller.Anonymous;

    public bool MutationRefused { get; set; }

    /// <summary>A mutation refused for its input (nothing written); the root resolvers report it.</summary>
    public Curation.CurationRefusedException? Refused { get; set; }

    public Dictionary<string, object?> Root { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the request came over a WebSocket, where a subscription operation may start.</summary>
    public bool MaySubscribe { get; init; }

    /// <summary>Set for a subscription operation that passed validation: its root fields, read once to start it.</summary>
    public IReadOnlyList<Translation.FieldRequest>? SubscriptionRoots { get; set; }

    /// <summary>For the execution of a subscription's selection for one event: the root values (the event by response key).</summary>
    public IReadOnlyDictionary<string, object?>? EventRoot { get; init; }

    /// <summary>Per (selection set, type): the non-null fields <see cref="StoredNullGuard"/> checks; resolvers may run in parallel.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<(object Selections, string Type), object> RequiredFields { get; } = new();
}
