using Graph.Cypher.Execution.Operators.Write;
using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Turns a logical plan into its physical operator tree: one operator class per logical operator, children first.</summary>
internal static class OperatorFactory
{
    public static PlanOperator Build(LogicalPlan plan) => plan switch
    {
        ArgumentPlan p => new ArgumentOperator(p),
        AllNodesScanPlan p => new AllNodesScanOperator(p),
        NodeByLabelScanPlan p => new NodeByLabelScanOperator(p),
        NodeIndexSeekPlan p => new NodeIndexSeekOperator(p),
        ExpandPlan { Length.Pruning: true } p => new PruningVarLengthExpandOperator(p, Build(p.Source)),
        ExpandPlan { Length: not null } p => new VarLengthExpandOperator(p, Build(p.Source)),
        ProjectEndpointsPlan p => new ProjectEndpointsOperator(p, Build(p.Source)),
        ExpandPlan p => new ExpandOperator(p, Build(p.Source)),
        FilterPlan p => Filter(p),
        ProjectionPlan p => new ProjectionOperator(p, Build(p.Source)),
        AggregationPlan p => Aggregation(p),
        SortPlan p => new SortOperator(p, Build(p.Source)),
        TopPlan p => new TopOperator(p, Build(p.Source)),
        SkipPlan p => new SkipOperator(p, Build(p.Source)),
        LimitPlan p => new LimitOperator(p, Build(p.Source)),
        DistinctPlan p => new DistinctOperator(p, Build(p.Source)),
        UnwindPlan p => new UnwindOperator(p, Build(p.Source)),
        ApplyPlan p => new ApplyOperator(p, Build(p.Left), Build(p.Right)),
        SemiApplyPlan p => new SemiApplyOperator(p, Build(p.Left), Build(p.Right)),
        RollUpApplyPlan p => new RollUpApplyOperator(p, Build(p.Left), Build(p.Right)),
        RollUpExpandPlan p => new RollUpExpandOperator(p, Build(p.Left), p.Levels is null ? null : Build(p.Levels)),
        ProcedureCallPlan p => new ProcedureCallOperator(p, Build(p.Source)),
        ProjectPathPlan p => new ProjectPathOperator(p, Build(p.Source)),
        ShortestPathPlan p => new ShortestPathOperator(p, Build(p.Source)),
        StatefulShortestPathPlan p => new StatefulShortestPathOperator(p, Build(p.Source)),
        RepeatTrailPlan p => new RepeatTrailOperator(p, Build(p.Source)),
        UnionPlan p => new UnionOperator(p, Build(p.Left), Build(p.Right)),
        SubqueryForeachPlan p => new SubqueryForeachOperator(p, Build(p.Left), Build(p.Right)),
        TransactionApplyPlan p => new TransactionApplyOperator(p, Build(p.Left), Build(p.Right)),
        LoadCsvPlan p => new LoadCsvOperator(p, Build(p.Source)),
        OptionalPlan p => new OptionalOperator(p, Build(p.Source)),
        CartesianProductPlan p => new CartesianProductOperator(p, Build(p.Left), Build(p.Right)),
        ValueHashJoinPlan p => new ValueHashJoinOperator(p, Build(p.Left), Build(p.Right)),
        NodeHashJoinPlan p => new NodeHashJoinOperator(p, Build(p.Left), Build(p.Right)),
        CreatePlan p => new CreateOperator(p, Build(p.Source)),
        MergePlan p => new MergeOperator(p, Build(p.Source)),
        SetPlan p => new SetOperator(p, Build(p.Source)),
        RemovePlan p => new RemoveOperator(p, Build(p.Source)),
        DeletePlan p => new DeleteOperator(p, Build(p.Source)),
        EagerPlan p => new EagerOperator(p, Build(p.Source)),
        EmptyResultPlan p => new EmptyResultOperator(p, Build(p.Source)),
        ExhaustiveLimitPlan p => new ExhaustiveLimitOperator(p, Build(p.Source)),
        ProduceResultsPlan p => new ProduceResultsOperator(p, Build(p.Source)),
        _ => throw new InvalidOperationException($"No operator for {plan.GetType().Name}"),
    };

    /// <summary>An aggregation that could run on several cores is built in its parallel form; the run decides whether it does.</summary>
    private static PlanOperator Aggregation(AggregationPlan p)
    {
        var source = Build(p.Source);
        if (JoinCountOperator.Fits(p) && source is ValueHashJoinOperator join) return new JoinCountOperator(p, join);
        if (IndexSeekCountOperator.Fits(p) && source is NodeIndexSeekOperator seek) return new IndexSeekCountOperator(p, seek);
        return (PlanOperator?)Parallel.RuntimeChoice.Of(p, source) ?? new EagerAggregationOperator(p, source);
    }

    /// <summary>A Filter right above an Expand(All): the far node's plain labels are tested by the Expand, on its batch.</summary>
    private static FilterOperator Filter(FilterPlan p)
    {
        if (p.Source is ExpandPlan { Into: false, Length: null } e)
        {
            var labels = p.Predicates.OfType<LabelPredicate>().Where(l => l.General is null && l.Node == e.To).ToList();
            if (labels.Count > 0) return new FilterOperator(p, new ExpandOperator(e, Build(e.Source), labels.SelectMany(l => l.Labels).ToArray()), labels);
        }
        return new FilterOperator(p, Build(p.Source));
    }
}
