using Graph.Core.Model;

namespace Graph.GraphQL.Curation;

/// <summary>
/// The update operators given for one node or relationship input, read once and applied to each matched node or
/// edge against its own stored values (so <c>{ year: { add: 1 } }</c> on three agreements adds one to each).
/// </summary>
internal sealed class PropertyChanges
{
    private readonly List<UpdateOperation> _operations;

    private PropertyChanges(List<UpdateOperation> operations) => _operations = operations;

    /// <summary>The operators of <paramref name="input"/> for <paramref name="properties"/>; refused ones become problems.</summary>
    public static PropertyChanges Read(IEnumerable<PropertyDefinition> properties, IReadOnlyDictionary<string, object?> input, string path, CurationPlan plan)
    {
        var operations = new List<UpdateOperation>();
        foreach (var property in properties)
        {
            if (!input.TryGetValue(property.Name, out var value)) continue;
            if (UpdateOperation.Read(property, value, $"{path}.{property.Name}", plan) is { } operation) operations.Add(operation);
        }
        return new PropertyChanges(operations);
    }

    public bool IsEmpty => _operations.Count == 0;

    /// <summary>Whether some operator computes from the stored value (anything but <c>set</c>).</summary>
    public bool ReadsStored => _operations.Any(o => !o.IsSet);

    /// <summary>The values <c>set</c> gives, the same for every node or edge.</summary>
    public IReadOnlyDictionary<string, object?> Sets() =>
        _operations.Where(o => o.IsSet).ToDictionary(o => o.Property.Name, o => InputValidator.Stored(o.Operand), StringComparer.Ordinal);

    /// <summary>The values to write on one node or edge, from its stored properties (null: none stored).</summary>
    public Dictionary<string, object?> Apply(IReadOnlyDictionary<string, object?>? stored, string owner, CurationPlan plan)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var operation in _operations)
        {
            // One problem per field: the first node or edge an operator cannot apply to stands for the rest.
            if (plan.Problems.Any(p => p.Field == operation.Path)) continue;
            if (operation.TryApply(stored?.GetValueOrDefault(operation.Property.Name), owner, plan, out var value)) values[operation.Property.Name] = value;
        }
        return values;
    }
}
