using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Semantics;

/// <summary>
/// Neo4j checks a function's literal arguments against its signature before running: <c>toUpper(1)</c> fails at
/// compile time with "Type mismatch: expected String but was Integer", and so does a literal where a list belongs. The signatures here are those of the string
/// and float functions, whose argument types are single and fixed; a null literal fits every type.
/// </summary>
internal static class LiteralArguments
{
    private const string S = LiteralTypes.String;
    private const string I = LiteralTypes.Integer;
    private const string F = LiteralTypes.Float;

    private static readonly Dictionary<string, string[]> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["toUpper"] = [S], ["upper"] = [S], ["toLower"] = [S], ["lower"] = [S],
        ["trim"] = [S, S], ["ltrim"] = [S, S], ["rtrim"] = [S, S], ["btrim"] = [S, S],
        ["replace"] = [S, S, S], ["split"] = [S, S], ["substring"] = [S, I, I], ["left"] = [S, I], ["right"] = [S, I],
        ["sqrt"] = [F], ["exp"] = [F], ["log"] = [F], ["log10"] = [F],
        ["sin"] = [F], ["cos"] = [F], ["tan"] = [F], ["cot"] = [F], ["asin"] = [F], ["acos"] = [F], ["atan"] = [F], ["atan2"] = [F, F],
        ["degrees"] = [F], ["radians"] = [F], ["haversin"] = [F],
    };

    public static void Check(FunctionCall call)
    {
        if (!Signatures.TryGetValue(call.Name, out var expected)) return;
        for (var i = 0; i < call.Arguments.Count && i < expected.Length; i++)
        {
            var argument = call.Arguments[i];
            if (TypeOf(argument) is { } actual && !Fits(actual, expected[i]))
            {
                throw SemanticErrors.At(argument.Position, $"Type mismatch: expected {expected[i]} but was {actual}");
            }
        }
    }

    /// <summary>
    /// The list of a comprehension, quantifier or reduce: a literal that is no list fails here, as in Neo4j (a value
    /// known only at run time that is no list is read as a list of itself).
    /// </summary>
    public static void CheckList(Expression list)
    {
        if (TypeOf(list) is { } actual && !LiteralTypes.IsList(actual)) throw SemanticErrors.At(list.Position, $"Type mismatch: expected List<T> but was {actual}");
    }

    // An Integer literal is a valid Float argument (Neo4j widens it); nothing else converts.
    private static bool Fits(string actual, string expected) => actual == expected || (expected == F && actual == I);

    private static string? TypeOf(Expression e) => LiteralTypes.Of(e);
}
