using Graph.Core.Model;
using Graph.Core.Store;
using Graph.GraphQL.Audit;
using Graph.GraphQL.Schema;
using Graph.GraphQL.Subscriptions;
using Graph.GraphQL.Translation;
using Graph.GraphQL.Translation.Mutations;

namespace Graph.GraphQL.Curation;

/// <summary>
/// Runs a mutation operation in ONE explicit transaction: per root field (in order, as the spec runs mutation
/// fields serially) the validation reads and the plan, the audit's "before", the one write statement, the "after"
/// and the Change record. Any refused field rolls everything back, so a refused request changes nothing; a transient
/// failure of the transaction runs the whole unit again (<see cref="IGraphDatabase.RunInTransactionAsync{T}"/>).
/// Once the transaction has committed, and only then, its events go to the subscription hub, before the next mutation
/// of this service may commit (so subscribers see commits in order).
/// </summary>
internal sealed class MutationExecutor(IGraphDatabase database, KnowledgeModel model, GraphQLOptions options, SubscriptionHub hub)
{
    /// <summary>The root values by response key, each with the counters of its write statement.</summary>
    public async Task<Dictionary<string, object?>> ExecuteAsync(IReadOnlyList<FieldRequest> roots, GraphQLCaller caller, CancellationToken cancellationToken)
    {
        using var commitSlot = await hub.EnterCommitAsync(cancellationToken);
        // A transaction function: a transient failure (Neo4j's deadlocks, leader switches) runs the whole unit again,
        // and the events of a failed attempt are dropped with it.
        var (values, events) = await database.RunInTransactionAsync(AccessMode.Write, async (transaction, ct) =>
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            var events = new List<GraphEvent>();
            foreach (var group in roots.Where(r => !r.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(r => r.ResponseKey))
            {
                var field = group.First() with { Children = group.SelectMany(r => r.Children).ToList() };
                values[field.ResponseKey] = await RunFieldAsync(transaction, field, caller, events, ct);
            }
            return (values, events);
        }, cancellationToken);
        hub.Publish(events, DateTimeOffset.UtcNow);
        return values;
    }

    private async Task<object?> RunFieldAsync(IGraphTransaction transaction, FieldRequest field, GraphQLCaller caller, List<GraphEvent> events, CancellationToken cancellationToken)
    {
        var (entity, verb) = Resolve(field);
        var reader = new GraphReader(transaction, model, options, cancellationToken);
        CurationPlan plan;
        try
        {
            var planner = new MutationPlanner(reader);
            plan = verb switch
            {
                "create" => await planner.CreateAsync(entity, field),
                "update" => await planner.UpdateAsync(entity, field),
                _ => await planner.DeleteAsync(entity, field),
            };
        }
        catch (TranslationException ex)
        {
            throw new TranslationException(ex.Code, ex.Message, ex.Field ?? field);
        }
        if (plan.Problems.Count > 0) throw new CurationRefusedException(field, plan.Problems);

        var before = await ChangeSnapshot.ReadAsync(reader, plan);
        var statement = new PlanWriter(new Translators(new TranslationContext(model, options))).Write(entity, plan, field, verb == "delete");
        var result = await transaction.RunAsync(statement.Text, statement.Parameters, cancellationToken);
        var after = await ChangeSnapshot.ReadAsync(reader, plan);
        // A mutation whose where matched nothing changed nothing: the trail records changes, not attempts.
        var touched = plan.Touched();
        if (touched.Count > 0)
        {
            // The events are stored with the record (numbered when read back), for the other instances of the service.
            var unnumbered = await ChangeEvents.BuildAsync(model, reader, before, after, 0);
            var sequence = await AuditTrail.RecordAsync(transaction, caller, field.Name, touched, before, after, hub.InstanceId, EventJson.Write(unnumbered), cancellationToken);
            events.AddRange(unnumbered.Select(e => e with { Sequence = sequence }));
        }

        var counters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["nodesCreated"] = result.Counters.NodesCreated,
            ["nodesDeleted"] = result.Counters.NodesDeleted,
            ["relationshipsCreated"] = result.Counters.RelationshipsCreated,
            ["relationshipsDeleted"] = result.Counters.RelationshipsDeleted,
            ["propertiesSet"] = result.Counters.PropertiesSet,
        };
        if (verb == "delete") return counters;
        var value = Execution.ResultValues.Normalize(result.Records.Count > 0 ? result.Records[0][statement.Columns[0]] : null);
        if (value is Dictionary<string, object?> map) map[PlanWriter.InfoKey] = counters;
        return value;
    }

    private (EntityType Entity, string Verb) Resolve(FieldRequest field)
    {
        foreach (var entity in model.Entities)
        {
            var plural = SchemaNames.Pascal(entity.Plural);
            foreach (var verb in new[] { "create", "update", "delete" })
            {
                if (field.Name == verb + plural) return (entity, verb);
            }
        }
        throw new TranslationException("UNKNOWN_FIELD", $"Mutation field '{field.Name}' is not part of the knowledge model.", field);
    }
}
