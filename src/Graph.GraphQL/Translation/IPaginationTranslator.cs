namespace Graph.GraphQL.Translation;

/// <summary>Pagination: limit/offset → SKIP/LIMIT; first/after → the page's offset and size.</summary>
internal interface IPaginationTranslator
{
    string? SkipLimit(FieldRequest field, bool root);

    (long Offset, long? First) Page(FieldRequest field);
}
