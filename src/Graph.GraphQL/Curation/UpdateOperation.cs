using System.Collections;
using System.Globalization;
using Graph.Core.Model;
using Graph.GraphQL.Schema;
using static Graph.GraphQL.Schema.UpdateOperators;

namespace Graph.GraphQL.Curation;

/// <summary>
/// One property change of an update, in the Neo4j GraphQL Library's (v7) operator objects. GraphQL has already
/// checked each operand's type; this checks what the schema cannot say (exactly one operator, a count to pop, a
/// divisor that is not zero, a required value) and computes <c>add</c>/<c>push</c>/… from the stored value read in
/// the same transaction, so the write stays one parameterised <c>SET</c> and the audit trail records before/after.
/// </summary>
internal sealed record UpdateOperation(PropertyDefinition Property, string Operator, object? Operand, string Path)
{
    /// <summary>The operation an operator object asks for; null (with one problem for the field) when it is refused.</summary>
    public static UpdateOperation? Read(PropertyDefinition property, object? input, string path, CurationPlan plan)
    {
        var given = input is IEnumerable<KeyValuePair<string, object?>> map ? map.ToList() : [];
        var allowed = For(property.Type);
        if (given.Count != 1)
        {
            plan.Problem(path, $"give exactly one update operator for '{property.Name}' ({string.Join(", ", allowed)}), not {given.Count}.");
            return null;
        }
        var (op, operand) = (given[0].Key, given[0].Value);
        if (!allowed.Contains(op, StringComparer.Ordinal))
        {
            plan.Problem(path, $"'{op}' does not apply to '{property.Name}' ({SchemaNames.GraphQLType(property.Type)}); it takes {string.Join(", ", allowed)}.");
            return null;
        }
        var problem = op switch
        {
            Set => null,
            Pop when operand is null || Integer(operand) < 0 => "a count of values to remove (0 or more)",
            Divide when operand is not null && Real(operand) == 0 => "a divisor other than 0",
            _ when operand is null => $"a value of type {SchemaNames.GraphQLType(property.Type)}, not null",
            _ => null,
        };
        if (problem is not null)
        {
            plan.Problem(path, $"{op} on '{property.Name}' takes {problem}.");
            return null;
        }
        if (op == Set)
        {
            var before = plan.Problems.Count;
            InputValidator.Check(property, operand, path, plan);
            if (plan.Problems.Count > before) return null;
        }
        return new UpdateOperation(property, op, operand, path);
    }

    /// <summary>Whether the new value can be written without reading the stored one.</summary>
    public bool IsSet => Operator == Set;

    /// <summary>The new value from the stored one; false (with a problem) when it cannot be computed.</summary>
    public bool TryApply(object? stored, string owner, CurationPlan plan, out object? result)
    {
        result = null;
        switch (Operator)
        {
            case Set:
                result = InputValidator.Stored(Operand);
                return true;
            case Push:
                // An absent list starts empty, so the first push creates it.
                result = Items(stored).Concat(Items(Operand).Select(InputValidator.Stored)).ToList();
                return true;
            case Pop:
                if (stored is null) return true;
                var items = Items(stored).ToList();
                result = items.Take(Math.Max(0, items.Count - (int)Math.Min(Integer(Operand), int.MaxValue))).ToList();
                return true;
        }
        if (stored is null)
        {
            plan.Problem(Path, $"{owner} has no '{Property.Name}' to {Operator}; use set.");
            return false;
        }
        if (Property.Type == ScalarType.Float)
        {
            var value = Arithmetic(Real(stored), Real(Operand));
            if (double.IsFinite(value))
            {
                result = value;
                return true;
            }
            plan.Problem(Path, $"{Operator} would take '{Property.Name}' of {owner} out of the Float range.");
            return false;
        }
        var whole = Operator == Add ? (decimal)Integer(stored) + Integer(Operand) : (decimal)Integer(stored) - Integer(Operand);
        if (whole is < int.MinValue or > int.MaxValue)
        {
            plan.Problem(Path, $"{Operator} would take '{Property.Name}' of {owner} to {whole}, outside the Int range.");
            return false;
        }
        result = (long)whole;
        return true;
    }

    private double Arithmetic(double stored, double operand) => Operator switch
    {
        Add => stored + operand,
        Subtract => stored - operand,
        Multiply => stored * operand,
        _ => stored / operand,
    };

    private static IEnumerable<object?> Items(object? value) => value is IEnumerable items and not string ? items.Cast<object?>() : [];

    private static long Integer(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static double Real(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
