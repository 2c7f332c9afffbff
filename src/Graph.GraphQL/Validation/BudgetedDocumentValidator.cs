using global::GraphQL.Validation;

namespace Graph.GraphQL.Validation;

/// <summary>
/// GraphQL.NET's validator behind <see cref="SelectionBudget"/>: a document over budget, cyclic or too deep is
/// refused with the budget's errors before any of GraphQL.NET's rules (or the variables) are looked at.
/// </summary>
internal sealed class BudgetedDocumentValidator(IDocumentValidator inner, GraphQLOptions options) : IDocumentValidator
{
    public Task<IValidationResult> ValidateAsync(in ValidationOptions validation)
    {
        var report = SelectionBudget.Check(validation.Document, validation.Operation, options);
        return report.Errors.Count > 0
            ? Task.FromResult<IValidationResult>(new ValidationResult(report.Errors))
            : inner.ValidateAsync(validation);
    }
}
