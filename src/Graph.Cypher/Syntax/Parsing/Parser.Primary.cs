using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>Atoms of expressions (Neo4j's expression1): literals, parameters, variables, calls and the bracketed forms.</summary>
internal sealed partial class Parser
{
    private const string ExpressionExpectation = "an expression";

    private Expression ParsePrimary()
    {
        switch (Cur.Kind)
        {
            case TokenKind.Integer:
            {
                var token = Advance();
                return new Literal(Pos(token), ParseIntegerToken(token, negative: false));
            }

            case TokenKind.Float:
            {
                var token = Advance();
                return new Literal(Pos(token), ParseFloatToken(token));
            }

            case TokenKind.String:
            {
                var token = Advance();
                return new Literal(Pos(token), token.Value);
            }

            case TokenKind.Dollar:
                return ParseParameter();
            case TokenKind.LBrace:
                return ParseMapLiteral();
            case TokenKind.LBracket:
                return ParseBracketExpression();
            case TokenKind.LParen:
                return ParseParenthesised();
            case TokenKind.Identifier:
                return ParseWordExpression();
            case TokenKind.EscapedIdentifier:
                return ParseNameExpression();
            case TokenKind.Unknown when _src[Cur.Start] is >= '0' and <= '9' or '.':
                throw ErrorAt(Cur, "invalid literal number"); // 12abc, 1__0: Neo4j's wording
            default:
                throw Error(ExpressionExpectation);
        }
    }

    private Parameter ParseParameter()
    {
        var dollar = Expect(TokenKind.Dollar, "'$'");
        if (Cur.IsName)
        {
            return new Parameter(Pos(dollar), NameText(Advance()));
        }

        if (Is(TokenKind.Integer) && _src.AsSpan(Cur.Start, Cur.End - Cur.Start).ContainsAnyExceptInRange('0', '9') is false)
        {
            var number = Advance();
            return new Parameter(Pos(dollar), _src[number.Start..number.End]);
        }

        throw Error("an identifier or an integer value");
    }

    private MapLiteral ParseMapLiteral()
    {
        var open = Expect(TokenKind.LBrace, "'{'");
        var entries = new List<KeyValuePair<string, Expression>>();
        if (!Is(TokenKind.RBrace))
        {
            do
            {
                var key = ExpectName(entries.Count == 0 ? "an identifier or '}'" : "an identifier");
                Expect(TokenKind.Colon, "':'");
                entries.Add(new(key, ParseExpression()));
            }
            while (Accept(TokenKind.Comma));
        }

        Expect(TokenKind.RBrace, entries.Count == 0 ? "a property key name or '}'" : "',' or '}'");
        return new MapLiteral(Pos(open), entries);
    }

    /// <summary>'(' starts a pattern predicate when a relationship follows a node-like group, else a parenthesised expression.</summary>
    private Expression ParseParenthesised()
    {
        if (IsPatternAt(_p))
        {
            var start = Cur;
            var (nodes, rels) = ParsePatternElement();
            return new PatternPredicate(Pos(start), new PatternPart(Pos(start), null, PathSelector.All, nodes, rels));
        }

        Advance();
        var inner = ParseExpression();
        Expect(TokenKind.RParen, "')'");
        return inner;
    }

    /// <summary>Keyword-led forms first (literals, CASE, count(*), subqueries, quantifiers, reduce, shortest paths), then names.</summary>
    private Expression ParseWordExpression()
    {
        var start = Cur;
        if (IsKeyword("NULL"))
        {
            Advance();
            return new Literal(Pos(start), null);
        }

        if (IsKeyword("TRUE") || IsKeyword("FALSE"))
        {
            Advance();
            return new Literal(Pos(start), IsKeywordAt(_p - 1, "TRUE"));
        }

        if (IsKeyword("NaN") && !IsAhead(1, TokenKind.LParen) && !IsAhead(1, TokenKind.LBrace))
        {
            Advance();
            return new Literal(Pos(start), double.NaN);
        }

        if ((IsKeyword("INF") || IsKeyword("INFINITY")) && !IsAhead(1, TokenKind.LParen) && !IsAhead(1, TokenKind.LBrace))
        {
            Advance();
            return new Literal(Pos(start), double.PositiveInfinity);
        }

        if (IsKeyword("CASE") && (IsKeywordAhead(1, "WHEN") || CanStartExpressionAt(_p + 1)))
        {
            return ParseCase();
        }

        if (IsAhead(1, TokenKind.LBrace) && (IsKeyword("EXISTS") || IsKeyword("COUNT") || IsKeyword("COLLECT")) && IsSubqueryBodyAt(_p + 2))
        {
            return ParseSubqueryExpression();
        }

        if (IsAhead(1, TokenKind.LParen))
        {
            if (IsKeyword("COUNT") && IsAhead(2, TokenKind.Star) && IsAhead(3, TokenKind.RParen))
            {
                _p += 4;
                return new CountStar(Pos(start));
            }

            if ((IsKeyword("ALL") || IsKeyword("ANY") || IsKeyword("NONE") || IsKeyword("SINGLE"))
                && Ahead(2).IsName && IsKeywordAhead(3, "IN"))
            {
                return ParseQuantifier();
            }

            if (IsKeyword("REDUCE") && Ahead(2).IsName && IsAhead(3, TokenKind.Equal))
            {
                return ParseReduce();
            }

            if (IsKeyword("shortestPath") || IsKeyword("allShortestPaths"))
            {
                var part = ParsePatternPart();
                return new ShortestPathExpression(Pos(start), part);
            }
        }

        return ParseNameExpression();
    }

    /// <summary>
    /// After EXISTS/COUNT/COLLECT '{': a pattern or a clause starts a subquery; '.', '}' or 'key:' make it a map
    /// projection of a variable with that name (count{.x}).
    /// </summary>
    private bool IsSubqueryBodyAt(int index)
    {
        ref readonly var token = ref At(index);
        if (token.Kind is TokenKind.LParen)
        {
            return true;
        }

        if (!token.IsName)
        {
            return token.Kind != TokenKind.Dot && token.Kind != TokenKind.RBrace; // anything else: let the subquery report it
        }

        return At(index + 1).Kind is not (TokenKind.Colon or TokenKind.Comma or TokenKind.RBrace);
    }

    /// <summary>A name: function call (namespaced), map projection or variable.</summary>
    private Expression ParseNameExpression()
    {
        var start = Cur;
        var index = _p;
        while (At(index + 1).Kind == TokenKind.Dot && At(index + 2).IsName)
        {
            index += 2;
        }

        if (At(index + 1).Kind == TokenKind.LParen)
        {
            return ParseFunctionCall();
        }

        var name = NameText(Advance());
        if (Is(TokenKind.LBrace))
        {
            return ParseMapProjection(start, name);
        }

        return new Variable(Pos(start), name);
    }

    private Expression ParseFunctionCall()
    {
        var start = Cur;
        var name = ParseQualifiedName("a function name");
        Expect(TokenKind.LParen, "'('");
        var distinct = AcceptKeyword("DISTINCT");
        if (!distinct && IsKeyword("ALL") && !IsAhead(1, TokenKind.LParen) && !IsAhead(1, TokenKind.Comma) && !IsAhead(1, TokenKind.RParen))
        {
            Advance(); // count(ALL x) is count(x)
        }

        if (!distinct && name.Equals("trim", StringComparison.OrdinalIgnoreCase) && ParseTrimFrom(start) is { } trim)
        {
            return trim;
        }

        var arguments = new List<Expression>();
        if (!Is(TokenKind.RParen))
        {
            do
            {
                arguments.Add(ParseNormalFormName(name, arguments.Count) ?? ParseExpression());
            }
            while (Accept(TokenKind.Comma));
        }

        Expect(TokenKind.RParen, arguments.Count == 0 ? "an expression or ')'" : "',' or ')'");
        // exists((a)-[:R]->()) is Neo4j 5's function form of a pattern predicate (Cypher manual, predicate functions).
        if (!distinct && name.Equals("exists", StringComparison.OrdinalIgnoreCase) && arguments is [PatternPredicate pattern])
        {
            return pattern;
        }
        return new FunctionCall(Pos(start), name, distinct, arguments);
    }

    /// <summary>normalize(s, NFKD): the normal form is a keyword, read here as its name.</summary>
    private Literal? ParseNormalFormName(string function, int index)
    {
        if (index != 1 || !function.Equals("normalize", StringComparison.OrdinalIgnoreCase) || !Is(TokenKind.Identifier) || !IsAhead(1, TokenKind.RParen))
        {
            return null;
        }

        var form = SyntaxErrors.Describe(_src, Cur).ToUpperInvariant();
        return form is "NFC" or "NFD" or "NFKC" or "NFKD" ? new Literal(Pos(Advance()), form) : null;
    }

    /// <summary>
    /// trim([BOTH | LEADING | TRAILING] [chars] FROM s), read as btrim / ltrim / rtrim of s. Null when the call is
    /// the plain trim(s), which the caller parses.
    /// </summary>
    private FunctionCall? ParseTrimFrom(in Token start)
    {
        var mark = _p;
        var side = IsKeyword("BOTH") ? "btrim" : IsKeyword("LEADING") ? "ltrim" : IsKeyword("TRAILING") ? "rtrim" : null;
        if (side is not null && !IsAhead(1, TokenKind.RParen) && !IsAhead(1, TokenKind.Comma) && !IsAhead(1, TokenKind.Dot))
        {
            Advance();
        }
        else
        {
            side = null;
        }

        Expression? characters = null;
        var fromNext = IsKeyword("FROM") && !IsAhead(1, TokenKind.RParen) && !IsAhead(1, TokenKind.Dot) && !IsAhead(1, TokenKind.Comma);
        if (!fromNext)
        {
            characters = ParseExpression();
        }

        if (!AcceptKeyword("FROM"))
        {
            if (side is not null) throw Error("'FROM'");
            _p = mark;
            return null;
        }

        var subject = ParseExpression();
        Expect(TokenKind.RParen, "')'");
        List<Expression> arguments = characters is null ? [subject] : [subject, new FunctionCall(characters.Position, FunctionCall.TrimCharacter, false, [characters])];
        return new FunctionCall(Pos(start), side ?? "btrim", false, arguments);
    }

    /// <summary>subject{.key, .*, key: expr, variable}.</summary>
    private MapProjection ParseMapProjection(in Token start, string subject)
    {
        Advance();
        var items = new List<MapProjectionItem>();
        if (!Is(TokenKind.RBrace))
        {
            do
            {
                var itemStart = Cur;
                if (Accept(TokenKind.Dot))
                {
                    if (Accept(TokenKind.Star))
                    {
                        items.Add(new AllPropertiesSelector(Pos(itemStart)));
                    }
                    else
                    {
                        items.Add(new PropertySelector(Pos(itemStart), ExpectName("a property key name or '*'")));
                    }
                }
                else
                {
                    var name = ExpectName("'.', a property key name or a variable");
                    items.Add(Accept(TokenKind.Colon)
                        ? new LiteralEntry(Pos(itemStart), name, ParseExpression())
                        : new VariableSelector(Pos(itemStart), name));
                }
            }
            while (Accept(TokenKind.Comma));
        }

        Expect(TokenKind.RBrace, items.Count == 0 ? "'.', a property key name, a variable or '}'" : "',' or '}'");
        return new MapProjection(Pos(start), subject, items);
    }
}
