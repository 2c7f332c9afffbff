namespace Graph.GraphQL.Translation;

/// <summary>The translator pieces of one request, sharing one context (so names and parameters stay in order).</summary>
internal sealed class Translators
{
    public Translators(TranslationContext context)
    {
        Context = context;
        Filter = new FilterTranslator(context);
        Sort = new SortTranslator();
        Pagination = new PaginationTranslator(context);
        Projection = new ProjectionTranslator(this);
        Connection = new ConnectionTranslator(this);
        Aggregation = new AggregationTranslator(this);
    }

    public TranslationContext Context { get; }

    public IFilterTranslator Filter { get; }

    public ISortTranslator Sort { get; }

    public IPaginationTranslator Pagination { get; }

    public IProjectionTranslator Projection { get; }

    public IConnectionTranslator Connection { get; }

    public IAggregationTranslator Aggregation { get; }
}
