using Graph.GraphQL.Translation;

namespace Graph.GraphQL.Curation;

/// <summary>A root mutation field whose input breaks the model's rules; nothing has been written.</summary>
internal sealed class CurationRefusedException(FieldRequest field, IReadOnlyList<InputProblem> problems)
    : Exception($"{field.Name}: {problems.Count} input problem(s).")
{
    public FieldRequest Field { get; } = field;

    public IReadOnlyList<InputProblem> Problems { get; } = problems;
}
