namespace Graph.GraphQL.Translation;

/// <summary>The translator pieces of one request, sharing one context (so names and parameters stay in order).</summary>
internal sealed class Translators
{
    public Translators(TranslationContext context)
    {
        Context = context;
        Filter = new FilterTranslator(context);
        Pagination = new PaginationTranslator(context);
        Projection = new ProjectionTranslator(this);
        Connection = new ConnectionTranslator(this);
        Aggregation = new AggregationTranslator(this);
    }

    public TranslationContext Context { get; }

    public FilterTranslator Filter { get; }

    public PaginationTranslator Pagination { get; }

    public ProjectionTranslator Projection { get; }

    public ConnectionTranslator Connection { get; }

    public AggregationTranslator Aggregation { get; }
}
