using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Graph.Core.Errors;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>
/// Dynamic labels and types in patterns ($(e), $all(e), $any(e); Neo4j 5.26). Their values depend only on the row
/// the pattern extends, so before matching the part is rewritten for that row into a plain label expression:
/// $all of names is their conjunction, $any their disjunction; $all of nothing matches everything, $any of nothing
/// nothing. Rewritten parts are kept per value, so the matcher's per-part caches stay few.
/// </summary>
internal static class DynamicPatterns
{
    private const int MaxKeptPerPart = 256;
    private const string TokenNameError = "Neo.ClientError.Schema.TokenNameError";
    private const string ExecutionFailed = "Neo.DatabaseError.Statement.ExecutionFailed";
    private static readonly ConditionalWeakTable<PatternPart, ConcurrentDictionary<string, PatternPart>> Resolved = [];

    /// <summary>The part as matched for this row: itself when it has no dynamic term.</summary>
    public static PatternPart Resolve(PatternPart part, Row row, Evaluator evaluator)
    {
        if (!DynamicLabelTerms.In(part)) return part;
        var values = new Dictionary<DynamicLabelExpression, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
        foreach (var term in part.Nodes.SelectMany(n => DynamicLabelTerms.Of(n.Labels)).Concat(part.Relationships.SelectMany(r => DynamicLabelTerms.Of(r.Types))))
        {
            values[term] = Names(evaluator.Evaluate(term.Expression, row));
        }
        var key = string.Join("\u0001", values.Values.Select(v => string.Join("\u0002", v)));
        var kept = Resolved.GetOrCreateValue(part);
        if (kept.TryGetValue(key, out var known)) return known;
        var resolved = part with
        {
            Nodes = part.Nodes.Select(n => n.Labels is null ? n : n with { Labels = Rewrite(n.Labels, values) }).ToList(),
            Relationships = part.Relationships.Select(r => r.Types is null ? r : r with { Types = Rewrite(r.Types, values) }).ToList(),
        };
        if (kept.Count < MaxKeptPerPart) kept.TryAdd(key, resolved);
        return resolved;
    }

    /// <summary>A label or type expression as matched for this row (a planned Filter's test): each dynamic term's value put in.</summary>
    public static LabelExpression Resolve(LabelExpression labels, Func<DynamicLabelExpression, object?> evaluate)
    {
        var values = new Dictionary<DynamicLabelExpression, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
        foreach (var term in DynamicLabelTerms.Of(labels)) values[term] = Names(evaluate(term));
        return Rewrite(labels, values);
    }

    /// <summary>The labels CREATE or MERGE gives a node: the static ones and every dynamic name.</summary>
    public static IReadOnlyList<string> LabelsToCreate(LabelExpression? labels, Row row, Evaluator evaluator)
    {
        if (!DynamicLabelTerms.In(labels)) return RequiredLabels.Of(labels);
        var names = new List<string>();
        Collect(labels, row, evaluator, names);
        return names;
    }

    /// <summary>The one type CREATE or MERGE gives a relationship.</summary>
    public static string TypeToCreate(DynamicLabelExpression type, Row row, Evaluator evaluator)
    {
        var names = Names(evaluator.Evaluate(type.Expression, row));
        if (names.Count != 1)
        {
            throw new GraphException(ExecutionFailed, $"Exactly one relationship type must be specified for CREATE, but $({CypherConversions.Describe(names)}) gives {names.Count}.");
        }
        return Creatable(names[0]);
    }

    private static void Collect(LabelExpression? labels, Row row, Evaluator evaluator, List<string> into)
    {
        switch (labels)
        {
            case LabelName n:
                into.Add(n.Name);
                break;
            case LabelAnd a:
                Collect(a.Left, row, evaluator, into);
                Collect(a.Right, row, evaluator, into);
                break;
            case DynamicLabelExpression d:
                into.AddRange(Names(evaluator.Evaluate(d.Expression, row)).Select(Creatable));
                break;
        }
    }

    private static string Creatable(string name) =>
        name.Length > 0 && !name.Contains('\0')
            ? name
            : throw new GraphException(TokenNameError, $"'{name}' is not a valid token name. Token names cannot be empty or contain any null-bytes.");

    /// <summary>A string or a list of strings; null or anything else is a type error, as in Neo4j.</summary>
    private static IReadOnlyList<string> Names(object? value) => value switch
    {
        string s => [s],
        IReadOnlyList<object?> list => list.Select(item => item as string ?? throw CypherErrors.TypeMismatch("String", item)).ToList(),
        _ => throw CypherErrors.TypeMismatch("String or List<String>", value),
    };

    private static LabelExpression Rewrite(LabelExpression labels, Dictionary<DynamicLabelExpression, IReadOnlyList<string>> values) => labels switch
    {
        DynamicLabelExpression d => Combine(d.Position, values[d], d.Any),
        LabelAnd a => a with { Left = Rewrite(a.Left, values), Right = Rewrite(a.Right, values) },
        LabelOr o => o with { Left = Rewrite(o.Left, values), Right = Rewrite(o.Right, values) },
        LabelNot n => n with { Operand = Rewrite(n.Operand, values) },
        _ => labels,
    };

    private static LabelExpression Combine(SourcePosition position, IReadOnlyList<string> names, bool any)
    {
        if (names.Count == 0)
        {
            // % | !% holds for every node and relationship; % & !% for none.
            var some = new LabelWildcard(position);
            var none = new LabelNot(position, some);
            return any ? new LabelAnd(position, some, none) : new LabelOr(position, some, none);
        }
        LabelExpression result = new LabelName(position, names[0]);
        for (var i = 1; i < names.Count; i++)
        {
            var next = new LabelName(position, names[i]);
            result = any ? new LabelOr(position, result, next) : new LabelAnd(position, result, next);
        }
        return result;
    }
}
