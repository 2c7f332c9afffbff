using Graph.Core.Model;

namespace Graph.GraphQL.Schema;

/// <summary>
/// The update operators of the Neo4j GraphQL Library (v7): every updatable property takes an input object with
/// exactly one operator (<c>{ name: { set: "…" } }</c>, <c>{ year: { add: 1 } }</c>, <c>{ aliases: { push: ["…"] } }</c>),
/// under the library's type names (<c>IntScalarMutations</c>, <c>ListStringMutations</c> …). The schema and the
/// curation planner both read the operators from here.
/// </summary>
internal static class UpdateOperators
{
    public const string Set = "set";
    public const string Add = "add";
    public const string Subtract = "subtract";
    public const string Multiply = "multiply";
    public const string Divide = "divide";
    public const string Push = "push";
    public const string Pop = "pop";

    /// <summary>The input type of an updatable property of <paramref name="type"/>.</summary>
    public static string TypeName(ScalarType type) => type switch
    {
        ScalarType.StringList => "ListStringMutations",
        ScalarType.IntList => "ListIntMutations",
        _ => SchemaNames.GraphQLType(type) + "ScalarMutations",
    };

    /// <summary>The operators a property of <paramref name="type"/> takes, in the library's order.</summary>
    public static IReadOnlyList<string> For(ScalarType type) => type switch
    {
        ScalarType.Int => [Set, Add, Subtract],
        ScalarType.Float => [Set, Add, Subtract, Multiply, Divide],
        ScalarType.StringList or ScalarType.IntList => [Set, Push, Pop],
        _ => [Set],
    };

    /// <summary>Ids are not updatable, so every other property type gets one input type.</summary>
    public static IEnumerable<ScalarType> Updatable => Enum.GetValues<ScalarType>().Where(t => t != ScalarType.Id);

    public static void WriteTypes(SdlWriter w)
    {
        foreach (var type in Updatable)
        {
            var plain = SchemaNames.GraphQLType(type);
            w.Open("input", TypeName(type), $"A change to a field of type {plain}: give exactly one operator.");
            foreach (var op in For(type)) w.Field(op, OperandType(type, op), Describe(op));
            w.Close();
        }
    }

    private static string OperandType(ScalarType type, string op) => op == Pop ? "Int" : SchemaNames.GraphQLType(type);

    private static string Describe(string op) => op switch
    {
        Set => "The new value; null removes an optional one.",
        Add => "Adds this to the stored value.",
        Subtract => "Subtracts this from the stored value.",
        Multiply => "Multiplies the stored value by this.",
        Divide => "Divides the stored value by this (not zero).",
        Push => "Appends these values to the stored list.",
        _ => "Removes this many values from the end of the stored list.",
    };
}
