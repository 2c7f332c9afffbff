using Graph.Core.Model;
using Graph.GraphQL.Translation.Ast;

namespace Graph.GraphQL.Translation;

/// <summary>
/// Hands out Cypher variable and parameter names in a fixed order, so one request always gives the same
/// statement, and collects the parameter values: user values only ever reach Cypher as parameters.
/// </summary>
internal sealed class TranslationContext(KnowledgeModel model, GraphQLOptions options)
{
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private readonly List<ResultCheck> _checks = [];
    private int _variables;

    public KnowledgeModel Model { get; } = model;

    public GraphQLOptions Options { get; } = options;

    public IReadOnlyDictionary<string, object?> Parameters => _parameters;

    public IReadOnlyList<ResultCheck> Checks => _checks;

    /// <summary>Registers a check of the statement's result (see <see cref="ResultCheck"/>).</summary>
    public void Check(ResultCheck check) => _checks.Add(check);

    public Variable Variable(string prefix = "var") => new(prefix + _variables++);

    /// <summary>Registers a value and returns the parameter reference (<c>$param3</c>).</summary>
    public Parameter Parameter(object? value)
    {
        var name = "param" + _parameters.Count;
        _parameters[name] = ParameterValues.Normalize(value);
        return new Parameter(name);
    }
}
