using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>Graph patterns: parts, node and relationship patterns, variable length, label and type expressions.</summary>
internal sealed partial class Parser
{
    private Pattern ParsePattern()
    {
        var start = CurPos;
        var parts = new List<PatternPart>();
        do
        {
            parts.Add(ParsePatternPart());
        }
        while (Accept(TokenKind.Comma));

        return new Pattern(start, parts);
    }

    /// <summary>[p =] (shortestPath|allShortestPaths)(element) | element.</summary>
    private PatternPart ParsePatternPart()
    {
        var start = Cur;
        string? pathVariable = null;
        if (Cur.IsName && IsAhead(1, TokenKind.Equal))
        {
            pathVariable = NameText(Advance());
            Advance();
        }

        var selector = PathSelector.All;
        if ((IsKeyword("shortestPath") || IsKeyword("allShortestPaths")) && IsAhead(1, TokenKind.LParen))
        {
            selector = IsKeyword("shortestPath") ? PathSelector.ShortestPath : PathSelector.AllShortestPaths;
            Advance();
            Advance();
            var (innerNodes, innerRels) = ParsePatternElement();
            Expect(TokenKind.RParen, "'-', '<' or ')'");
            return new PatternPart(Pos(start), pathVariable, selector, innerNodes, innerRels);
        }

        (_selectorCount, _selectorGroups) = (1, false);
        var gqlSelector = false;
        if (ParseGqlSelector() is { } gql)
        {
            selector = gql;
            gqlSelector = true;
        }

        var (count, groups) = (_selectorCount, _selectorGroups);
        if (!Is(TokenKind.LParen))
        {
            throw Error(pathVariable is null ? "'(' or a path variable" : "'(', 'shortestPath' or 'allShortestPaths'");
        }

        if (IsParenthesizedPathStart())
        {
            return ParseParenthesizedPath(start, pathVariable, selector) with { SelectorCount = count, SelectorGroups = groups, GqlSelector = gqlSelector };
        }

        var (nodes, rels) = ParsePatternElement();
        return new PatternPart(Pos(start), pathVariable, selector, nodes, rels) { SelectorCount = count, SelectorGroups = groups, GqlSelector = gqlSelector };
    }

    /// <summary>
    /// '(' '(' or '(' p '=' opening a whole part that no quantifier follows: ((a)--(b) WHERE …) or (p = (a)--+(b) WHERE …).
    /// A quantifier after the closing parenthesis makes it a quantified path pattern instead.
    /// </summary>
    private bool IsParenthesizedPathStart()
    {
        if (!(IsAhead(1, TokenKind.LParen) || (Ahead(1).IsName && IsAhead(2, TokenKind.Equal)))) return false;
        var close = Cur.Match;
        if (close < 0) return false;
        ref readonly var after = ref At(close + 1);
        return after.Kind switch
        {
            TokenKind.Plus or TokenKind.Star => At(close + 2).Kind != TokenKind.LParen,
            TokenKind.LBrace => !(At(close + 2).Kind is TokenKind.Integer or TokenKind.Comma),
            TokenKind.LParen or TokenKind.Minus or TokenKind.Less => false,
            _ => true,
        };
    }

    /// <summary>( [p =] element [WHERE predicate] ): the path variable may be written inside or before, not both.</summary>
    private PatternPart ParseParenthesizedPath(in Token start, string? pathVariable, PathSelector selector)
    {
        var open = Advance();
        Enter();
        if (Cur.IsName && IsAhead(1, TokenKind.Equal))
        {
            if (pathVariable is not null) throw ErrorAt(Cur, "Assigning a path in a parenthesized path pattern is not allowed when the pattern is already assigned to a path variable");
            pathVariable = NameText(Advance());
            Advance();
        }

        var (nodes, rels) = ParsePatternElement();
        var where = ParseOptionalWhere();
        Expect(TokenKind.RParen, "'-', '<', 'WHERE' or ')'");
        Leave();
        return new PatternPart(Pos(start), pathVariable, selector, nodes, rels) { InnerWhere = where };
    }

    private (List<NodePattern> Nodes, List<RelationshipPattern> Relationships) ParsePatternElement()
    {
        var nodes = new List<NodePattern>();
        var relationships = new List<RelationshipPattern>();
        if (IsQuantifiedPathStart())
        {
            // A pattern may open with a quantified path: it then starts at an anonymous node.
            nodes.Add(new NodePattern(CurPos, null, null, null, null));
            relationships.Add(ParseQuantifiedPath());
        }

        // A quantified path pattern may also end the pattern, or be followed by another: its own nodes bound it.
        nodes.Add(relationships.Count > 0 && (!Is(TokenKind.LParen) || IsQuantifiedPathStart()) ? new NodePattern(CurPos, null, null, null, null) : ParseNodePattern());
        while (IsRelationshipStart() || IsQuantifiedPathStart())
        {
            if (IsQuantifiedPathStart())
            {
                relationships.Add(ParseQuantifiedPath());
                nodes.Add(Is(TokenKind.LParen) && !IsQuantifiedPathStart() ? ParseNodePattern() : new NodePattern(CurPos, null, null, null, null));
                continue;
            }

            relationships.Add(ParseRelationshipPattern());
            nodes.Add(ParseNodePattern());
        }

        return (nodes, relationships);
    }

    /// <summary>-- , -[ , &lt;-- or &lt;-[ : anything else after a node ends the pattern (as in (a)--(b) &lt; -1).</summary>
    private bool IsRelationshipStart() => Cur.Kind switch
    {
        TokenKind.Minus => Ahead(1).Kind is TokenKind.Minus or TokenKind.LBracket,
        TokenKind.Less => IsAhead(1, TokenKind.Minus) && Ahead(2).Kind is TokenKind.Minus or TokenKind.LBracket,
        _ => false,
    };

    /// <summary>( [variable] [:labels | IS labels] [{map} | $param] [WHERE predicate] ).</summary>
    private NodePattern ParseNodePattern()
    {
        var start = Expect(TokenKind.LParen, "'('");
        Enter();
        string? variable = null;
        if (Cur.IsName && !IsPatternKeyword())
        {
            variable = NameText(Advance());
        }

        LabelExpression? labels = null;
        if (Is(TokenKind.Colon) || (IsKeyword("IS") && !IsAhead(1, TokenKind.RParen)))
        {
            labels = ParseLabelExpressionClause(relationshipTypes: false);
        }

        var properties = ParsePatternProperties();
        var where = Is(TokenKind.Identifier) && IsKeyword("WHERE") ? ParseOptionalWhere() : null;
        Expect(TokenKind.RParen, NodePatternExpectation(variable, labels, properties, where));
        Leave();
        return new NodePattern(Pos(start), variable, labels, properties, where);
    }

    /// <summary>WHERE / IS right after '(' or '[' start a predicate or labels, unless what follows shows they name a variable: (where:L).</summary>
    private bool IsPatternKeyword() =>
        (IsKeyword("WHERE") && Ahead(1).Kind is not (TokenKind.RParen or TokenKind.RBracket or TokenKind.Colon or TokenKind.LBrace or TokenKind.Star)
            && !IsKeywordAhead(1, "IS") && !IsKeywordAhead(1, "WHERE"))
        || (IsKeyword("IS") && !IsAhead(1, TokenKind.RParen) && !IsAhead(1, TokenKind.RBracket) && !IsAhead(1, TokenKind.Colon)
            && !IsAhead(1, TokenKind.LBrace) && !IsKeywordAhead(1, "WHERE"));

    private static string NodePatternExpectation(string? variable, LabelExpression? labels, Expression? properties, Expression? where) =>
        (variable, labels, properties, where) switch
        {
            (_, _, _, not null) => "an expression or ')'",
            (_, _, not null, _) => "')' or 'WHERE'",
            (_, not null, _, _) => "a parameter, '&', ')', ':', 'WHERE', '{' or '|'",
            (not null, _, _, _) => "a parameter, ')', ':', 'IS', 'WHERE' or '{'",
            _ => "an identifier, a parameter, ')', ':', 'IS', 'WHERE' or '{'",
        };

    private Expression? ParsePatternProperties()
    {
        if (Is(TokenKind.LBrace))
        {
            return ParseMapLiteral();
        }

        return Is(TokenKind.Dollar) ? ParseParameter() : null;
    }

    /// <summary>&lt;-[…]-, -[…]-&gt;, -[…]-, --, --&gt;, &lt;--; a head on both ends means either direction.</summary>
    private RelationshipPattern ParseRelationshipPattern()
    {
        var start = Cur;
        var left = Accept(TokenKind.Less);
        Expect(TokenKind.Minus, "'-'");
        string? variable = null;
        LabelExpression? types = null;
        VariableLength? length = null;
        Expression? properties = null, where = null;
        if (Is(TokenKind.LBracket))
        {
            Advance();
            Enter();
            if (Cur.IsName && !IsPatternKeyword())
            {
                variable = NameText(Advance());
            }

            if (Is(TokenKind.Colon) || (IsKeyword("IS") && !IsAhead(1, TokenKind.RBracket)))
            {
                types = ParseLabelExpressionClause(relationshipTypes: true);
            }

            if (Is(TokenKind.Star))
            {
                length = ParseVariableLength();
            }

            properties = ParsePatternProperties();
            if (length is not null && IsKeyword("WHERE"))
            {
                throw ErrorAt(Cur, "Relationship pattern predicates are not supported for variable-length relationships.");
            }

            where = IsKeyword("WHERE") ? ParseOptionalWhere() : null;
            Expect(TokenKind.RBracket, (where, length, types) switch
            {
                (not null, _, _) => "an expression or ']'",
                (_, not null, _) => "a parameter, '..', 'WHERE', ']', '{' or an integer value",
                (_, _, not null) => "a parameter, '&', '*', ':', 'WHERE', ']', '{' or '|'",
                _ => "a parameter, '*', ':', 'IS', 'WHERE', ']' or '{'",
            });
            Leave();
        }

        Expect(TokenKind.Minus, "'-'");
        var right = Accept(TokenKind.Greater);
        var direction = (left, right) switch
        {
            (true, false) => RelationshipDirection.Incoming,
            (false, true) => RelationshipDirection.Outgoing,
            _ => RelationshipDirection.Both,
        };
        if (ParsePathQuantifier() is { } quantifier)
        {
            // A quantified relationship, -[r:R]->{1,3}, matches as the variable-length -[r:R*1..3]->.
            if (length is not null) throw ErrorAt(quantifier.Position, "A quantified relationship cannot also have a variable length");
            if (where is not null) return QuantifiedRelationshipGroup(start, new RelationshipPattern(Pos(start), variable, types, direction, null, properties, where), quantifier);
            length = quantifier;
        }

        return new RelationshipPattern(Pos(start), variable, types, direction, length, properties, where);
    }

    /// <summary>*, *n, *n.., *..m, *n..m.</summary>
    private VariableLength ParseVariableLength()
    {
        var star = Advance();
        long? min = null, max = null;
        if (Is(TokenKind.Integer))
        {
            min = ParseLengthBound();
            if (!Accept(TokenKind.DotDot))
            {
                return new VariableLength(Pos(star), min, min);
            }

            if (Is(TokenKind.Integer))
            {
                max = ParseLengthBound();
            }
        }
        else if (Accept(TokenKind.DotDot))
        {
            if (Is(TokenKind.Integer))
            {
                max = ParseLengthBound();
            }
        }

        return new VariableLength(Pos(star), min, max);
    }

    private long ParseLengthBound()
    {
        var token = Advance();
        var text = _src.AsSpan(token.Start, token.End - token.Start);
        if (text.Length > 1 && text[0] == '0' && text[1] is 'x' or 'X' or 'o' or 'O')
        {
            throw ErrorAt(token, $"Invalid input '{text}': expected an unsigned decimal integer");
        }

        return ParseIntegerToken(token, negative: false);
    }

    /// <summary>':' label-expression or IS label-expression (no colon after IS), in a pattern or as a predicate.</summary>
    private LabelExpression ParseLabelExpressionClause(bool relationshipTypes)
    {
        if (!Accept(TokenKind.Colon))
        {
            ExpectKeyword("IS");
        }

        return ParseLabelOr(relationshipTypes);
    }

    // Label expressions bind: ! tighter than & (or ':'), & tighter than |. The legacy form with ':' after '|'
    // (:A|:B) is kept by Neo4j 5 for relationship types only.
    private LabelExpression ParseLabelOr(bool relationshipTypes)
    {
        var left = ParseLabelAnd(relationshipTypes);
        while (Is(TokenKind.Pipe) && MayTakeLabelBar())
        {
            var bar = Advance();
            if (Is(TokenKind.Colon) && !relationshipTypes)
            {
                throw ErrorAt(bar, "Label expressions are not allowed to contain '|:'.");
            }

            Accept(TokenKind.Colon);
            left = new LabelOr(Pos(bar), left, ParseLabelAnd(relationshipTypes));
        }

        return left;
    }

    private bool MayTakeLabelBar()
    {
        if (_depth != _labelBarDepth)
        {
            return true;
        }

        if (_labelBarBudget == 0)
        {
            return false;
        }

        _labelBarBudget--;
        return true;
    }

    private LabelExpression ParseLabelAnd(bool relationshipTypes)
    {
        var left = ParseLabelNot(relationshipTypes);
        while (Is(TokenKind.Ampersand) || (Is(TokenKind.Colon) && IsLabelAtomAhead(1)))
        {
            var op = Advance();
            left = new LabelAnd(Pos(op), left, ParseLabelNot(relationshipTypes));
        }

        return left;
    }

    private bool IsLabelAtomAhead(int n) =>
        Ahead(n).IsName || IsAhead(n, TokenKind.Percent) || IsAhead(n, TokenKind.LParen) || IsAhead(n, TokenKind.Bang) || IsAhead(n, TokenKind.Dollar);

    /// <summary>$(expr), $all(expr) or $any(expr) at a '$'; null (nothing consumed) for any other '$'.</summary>
    private DynamicLabelExpression? ParseDynamicLabel()
    {
        var dollar = Cur;
        bool any;
        if (IsAhead(1, TokenKind.LParen))
        {
            any = false;
            Advance();
        }
        else if (Ahead(1).IsName && IsAhead(2, TokenKind.LParen) && NameText(Ahead(1)) is var quantifier
            && (quantifier.Equals("any", StringComparison.OrdinalIgnoreCase) || quantifier.Equals("all", StringComparison.OrdinalIgnoreCase)))
        {
            any = quantifier.Equals("any", StringComparison.OrdinalIgnoreCase);
            Advance();
            Advance();
        }
        else
        {
            return null;
        }

        Advance();
        Enter();
        var expression = ParseExpression();
        Expect(TokenKind.RParen, "')'");
        Leave();
        return new DynamicLabelExpression(Pos(dollar), expression, any);
    }

    private LabelExpression ParseLabelNot(bool relationshipTypes)
    {
        var bangs = new List<Token>();
        while (Is(TokenKind.Bang))
        {
            bangs.Add(Advance());
        }

        var operand = ParseLabelAtom(relationshipTypes);
        for (var i = bangs.Count - 1; i >= 0; i--)
        {
            operand = new LabelNot(Pos(bangs[i]), operand);
        }

        return operand;
    }

    private LabelExpression ParseLabelAtom(bool relationshipTypes)
    {
        if (Is(TokenKind.Dollar) && ParseDynamicLabel() is { } dynamic)
        {
            return dynamic;
        }

        if (Is(TokenKind.Percent))
        {
            return new LabelWildcard(Pos(Advance()));
        }

        if (Is(TokenKind.LParen))
        {
            Advance();
            Enter();
            var inner = ParseLabelOr(relationshipTypes);
            Expect(TokenKind.RParen, "'&', '|' or ')'");
            Leave();
            return inner;
        }

        var start = Cur;
        return new LabelName(Pos(start), ExpectName("an identifier, '!', '%' or '('"));
    }

    /// <summary>
    /// Whether the '(' at <paramref name="index"/> starts a pattern rather than a parenthesised expression:
    /// its content must look like a node pattern and a relationship (-- , -[ , &lt;- ) must follow it.
    /// </summary>
    private bool IsPatternAt(int index)
    {
        ref readonly var open = ref At(index);
        if (open.Kind != TokenKind.LParen || open.Match < 0)
        {
            return false;
        }

        var close = open.Match;
        if (!LooksLikeNodeContent(index + 1, close))
        {
            return false;
        }

        ref readonly var next = ref At(close + 1);
        ref readonly var after = ref At(close + 2);
        return next.Kind switch
        {
            TokenKind.Minus => after.Kind is TokenKind.Minus or TokenKind.LBracket,
            TokenKind.Less => after.Kind == TokenKind.Minus && At(close + 3).Kind is TokenKind.Minus or TokenKind.LBracket,
            _ => false,
        };
    }

    private bool LooksLikeNodeContent(int first, int close)
    {
        if (first == close)
        {
            return true;
        }

        ref readonly var token = ref At(first);
        if (token.Kind is TokenKind.Colon or TokenKind.LBrace or TokenKind.Dollar)
        {
            return true;
        }

        if (!token.IsName)
        {
            return false;
        }

        if (first + 1 == close)
        {
            return true;
        }

        ref readonly var second = ref At(first + 1);
        return second.Kind is TokenKind.Colon or TokenKind.LBrace or TokenKind.Dollar
            || IsKeywordAt(first + 1, "WHERE") || IsKeywordAt(first + 1, "IS");
    }
}
