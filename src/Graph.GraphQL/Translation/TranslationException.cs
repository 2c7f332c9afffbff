namespace Graph.GraphQL.Translation;

/// <summary>A request the translator refuses (bad id, disabled regex, limit too large …), with a GraphQL error code.</summary>
internal sealed class TranslationException(string code, string message, FieldRequest? field = null) : Exception(message)
{
    public string Code { get; } = code;

    public FieldRequest? Field { get; } = field;
}
