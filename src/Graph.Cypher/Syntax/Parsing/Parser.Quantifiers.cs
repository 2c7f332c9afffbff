using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>
/// Neo4j 5's GQL path syntax, as far as the engine's variable-length and shortest-path matching can answer it:
/// quantifiers (+, *, {n}, {n,}, {,m}, {n,m}) on relationships and on parenthesized path patterns (quantified path
/// patterns, any number of hops, inner variables and WHERE), and the path selectors ANY [k], ALL, SHORTEST k [GROUPS],
/// ANY SHORTEST and ALL SHORTEST.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>+ | * | {n} | {n,} | {,m} | {n,m}, or null when no quantifier follows.</summary>
    private VariableLength? ParsePathQuantifier()
    {
        var start = Cur;
        if (Is(TokenKind.Plus) && IsAhead(1, TokenKind.LParen))
        {
            Advance();
            return new VariableLength(Pos(start), 1, null);
        }

        if (Is(TokenKind.Star) && IsAhead(1, TokenKind.LParen))
        {
            Advance();
            return new VariableLength(Pos(start), 0, null);
        }

        if (!Is(TokenKind.LBrace) || !(IsAhead(1, TokenKind.Integer) || IsAhead(1, TokenKind.Comma)))
        {
            return null;
        }

        Advance();
        long? min = Is(TokenKind.Integer) ? ParseLengthBound() : null;
        long? max = min;
        if (Accept(TokenKind.Comma))
        {
            max = Is(TokenKind.Integer) ? ParseLengthBound() : null;
        }

        Expect(TokenKind.RBrace, "',', '}' or an integer value");
        if (min > max) throw ErrorAt(start, $"A quantifier for a path pattern must not have a lower bound which exceeds its upper bound.");
        return new VariableLength(Pos(start), min ?? 0, max);
    }

    /// <summary>'(' '(' … a parenthesized path pattern.</summary>
    private bool IsQuantifiedPathStart() => Is(TokenKind.LParen) && IsAhead(1, TokenKind.LParen);

    /// <summary>
    /// ((a)-[r:R]->(b)){1,3}: served as the quantified relationship -[r:R]->{1,3} when the inner nodes carry no
    /// labels, properties or predicates; other quantified path patterns are refused by name.
    /// </summary>
    private RelationshipPattern ParseQuantifiedPath()
    {
        var open = Advance();
        Enter();
        var (nodes, relationships) = ParsePatternElement();
        var where = ParseOptionalWhere();
        Expect(TokenKind.RParen, "'-', '<', 'WHERE' or ')'");
        Leave();
        var quantifier = ParsePathQuantifier() ?? throw Unsupported(open, "A parenthesized path pattern inside a longer pattern without a quantifier");
        var simple = relationships.Count == 1 && relationships[0].Length is null && relationships[0].Where is null && where is null
            && nodes.All(n => n.Variable is null && n.Labels is null && n.Properties is null && n.Where is null);
        if (simple)
        {
            // The cheaper quantified relationship answers the same question.
            return relationships[0] with { Length = quantifier };
        }

        if (relationships.Count == 0) throw ErrorAt(open, "A quantified path pattern needs at least one relationship");
        if (relationships.Any(r => r.Length is not null)) throw ErrorAt(open, "Quantified path patterns are not allowed to be nested, nor to contain variable-length relationships");
        return Group(open, nodes, relationships, quantifier, where);
    }

    /// <summary>
    /// -[r WHERE …]->{m,n}: the predicate must hold for each relationship taken, so the hop is matched as the group
    /// (()-[r WHERE …]->()){m,n}; r is a list either way.
    /// </summary>
    private RelationshipPattern QuantifiedRelationshipGroup(in Token start, RelationshipPattern single, VariableLength quantifier) =>
        Group(start, [new NodePattern(single.Position, null, null, null, null), new NodePattern(single.Position, null, null, null, null)], [single], quantifier, null);

    private RelationshipPattern Group(Token open, List<NodePattern> nodes, List<RelationshipPattern> relationships, VariableLength quantifier, Expression? where)
    {
        // Anonymous inner nodes get hidden names: the matcher joins each iteration's last node to the next one's first.
        var named = nodes.Select((n, i) => n.Variable is null ? n with { Variable = $"  qpp{open.Start}_{i}" } : n).ToList();
        var group = new PatternPart(Pos(open), null, PathSelector.All, named, relationships);
        return new RelationshipPattern(Pos(open), null, null, RelationshipDirection.Outgoing, quantifier, null, null) { Group = group, GroupWhere = where };
    }

    // The k and GROUPS of the selector last parsed, for the part being built.
    private long _selectorCount = 1;
    private bool _selectorGroups;

    /// <summary>ANY [k] [PATHS] | ALL [PATHS] | SHORTEST k [PATHS] [GROUPS] | ANY SHORTEST [PATH] | ALL SHORTEST [PATHS].</summary>
    private PathSelector? ParseGqlSelector()
    {
        if (!(IsKeyword("ANY") || IsKeyword("ALL") || IsKeyword("SHORTEST")) || IsAhead(1, TokenKind.Equal))
        {
            return null;
        }

        var start = Advance();
        var word = SyntaxErrors.Describe(_src, start).ToUpperInvariant();
        PathSelector selector;
        if (word == "SHORTEST" || AcceptKeyword("SHORTEST"))
        {
            var count = word == "SHORTEST" ? ParseSelectorCount() : 1;
            var groups = AcceptKeyword("PATH") || AcceptKeyword("PATHS") ? AcceptKeyword("GROUPS") || AcceptKeyword("GROUP") : AcceptKeyword("GROUPS") || AcceptKeyword("GROUP");
            if (word == "ALL") selector = PathSelector.AllShortestPaths;
            else selector = groups ? PathSelector.AllShortestPaths : PathSelector.ShortestPath;
            if (word != "ALL") (_selectorCount, _selectorGroups) = (count, groups);
        }
        else if (word == "ANY")
        {
            // Any k paths: the k shortest are as good as any.
            _selectorCount = Is(TokenKind.Integer) ? ParseSelectorCount() : 1;
            selector = PathSelector.ShortestPath;
        }
        else
        {
            selector = PathSelector.All;
        }

        if (!AcceptKeyword("PATHS")) AcceptKeyword("PATH");
        return selector;
    }

    private long ParseSelectorCount()
    {
        if (!Is(TokenKind.Integer)) throw Error("an integer value");
        var count = ParseLengthBound();
        if (count < 1) throw ErrorAt(At(_p - 1), "The path selector count must be a positive integer");
        return count;
    }
}
