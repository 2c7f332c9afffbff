using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>Compound expressions: lists and comprehensions, CASE, quantifiers, reduce, EXISTS/COUNT/COLLECT subqueries.</summary>
internal sealed partial class Parser
{
    /// <summary>'[' starts a list comprehension (x IN …), a pattern comprehension ((a)--(b) or p = (a)--(b)) or a list.</summary>
    private Expression ParseBracketExpression()
    {
        if (Ahead(1).IsName && IsKeywordAhead(2, "IN"))
        {
            return ParseListComprehension();
        }

        if (IsPatternAt(_p + 1) || (Ahead(1).IsName && IsAhead(2, TokenKind.Equal) && IsPatternAt(_p + 3)))
        {
            return ParsePatternComprehension();
        }

        var open = Advance();
        Enter();
        var items = new List<Expression>();
        if (!Is(TokenKind.RBracket))
        {
            do
            {
                items.Add(ParseExpression());
            }
            while (Accept(TokenKind.Comma));
        }

        Expect(TokenKind.RBracket, items.Count == 0 ? "an expression or ']'" : "',' or ']'");
        Leave();
        return new ListLiteral(Pos(open), items);
    }

    private ListComprehension ParseListComprehension()
    {
        var open = Advance();
        Enter();
        var closeIndex = open.Match;
        var variable = NameText(Advance());
        Advance(); // IN
        var list = ParseExpression();
        var where = IsKeyword("WHERE") ? ParseComprehensionWhere(closeIndex) : null;
        var projection = Accept(TokenKind.Pipe) ? ParseExpression() : null;
        Expect(TokenKind.RBracket, where is null && projection is null ? "'WHERE', '|' or ']'" : projection is null ? "'|' or ']'" : "']'");
        Leave();
        return new ListComprehension(Pos(open), variable, list, where, projection);
    }

    private PatternComprehension ParsePatternComprehension()
    {
        var open = Advance();
        Enter();
        var closeIndex = open.Match;
        var part = ParsePatternPart();
        var where = IsKeyword("WHERE") ? ParseComprehensionWhere(closeIndex) : null;
        Expect(TokenKind.Pipe, where is null ? "'-', 'WHERE' or '|'" : "'|'");
        var projection = ParseExpression();
        Expect(TokenKind.RBracket, "']'");
        Leave();
        return new PatternComprehension(Pos(open), part, where, projection);
    }

    /// <summary>
    /// The WHERE of a comprehension. The last top-level '|' before the closing ']' starts the projection, so label
    /// expressions directly in the predicate may use only the bars before it: [x IN l WHERE x:A | x.name] filters on
    /// :A, and Neo4j reads [x IN l WHERE x:A|B] the same way (B is the projection).
    /// </summary>
    private Expression ParseComprehensionWhere(int closeIndex)
    {
        Advance();
        var (savedDepth, savedBudget) = (_labelBarDepth, _labelBarBudget);
        _labelBarDepth = _depth + 1;
        _labelBarBudget = Math.Max(0, CountTopLevelBars(_p, closeIndex) - 1);
        var where = ParseExpression();
        (_labelBarDepth, _labelBarBudget) = (savedDepth, savedBudget);
        return where;
    }

    private int CountTopLevelBars(int from, int closeIndex)
    {
        if (closeIndex < 0)
        {
            return 0;
        }

        var count = 0;
        for (var i = from; i < closeIndex; i++)
        {
            ref readonly var token = ref _t[i];
            if (token.Kind == TokenKind.Pipe)
            {
                count++;
            }
            else if (token.Match > i)
            {
                i = token.Match;
            }
        }

        return count;
    }

    /// <summary>CASE [test] (WHEN a[, b] THEN r)+ [ELSE e] END; WHEN a, b in the simple form is two alternatives.</summary>
    private CaseExpression ParseCase()
    {
        var start = Advance();
        Enter();
        var test = IsKeyword("WHEN") ? null : ParseExpression();
        var alternatives = new List<CaseAlternative>();
        while (IsKeyword("WHEN"))
        {
            var when = Advance();
            var conditions = new List<Expression> { ParseExpression() };
            while (test is not null && Accept(TokenKind.Comma))
            {
                conditions.Add(ParseExpression());
            }

            ExpectKeyword("THEN");
            var then = ParseExpression();
            foreach (var condition in conditions)
            {
                alternatives.Add(new CaseAlternative(Pos(when), condition, then));
            }
        }

        if (alternatives.Count == 0)
        {
            throw Error("'WHEN'");
        }

        var otherwise = AcceptKeyword("ELSE") ? ParseExpression() : null;
        if (!IsKeyword("END"))
        {
            throw Error(otherwise is null ? "'ELSE', 'END' or 'WHEN'" : "'END'");
        }

        Advance();
        Leave();
        return new CaseExpression(Pos(start), test, alternatives, otherwise);
    }

    private QuantifierExpression ParseQuantifier()
    {
        var start = Advance();
        var kind = SyntaxErrors.Describe(_src, start).ToUpperInvariant() switch
        {
            "ALL" => QuantifierKind.All,
            "ANY" => QuantifierKind.Any,
            "NONE" => QuantifierKind.None,
            _ => QuantifierKind.Single,
        };
        Advance(); // (
        Enter();
        var variable = NameText(Advance());
        Advance(); // IN
        var list = ParseExpression();
        var where = ParseOptionalWhere();
        Expect(TokenKind.RParen, where is null ? "'WHERE' or ')'" : "')'");
        Leave();
        return new QuantifierExpression(Pos(start), kind, variable, list, where);
    }

    /// <summary>reduce(acc = init, x IN list | expression).</summary>
    private ReduceExpression ParseReduce()
    {
        var start = Advance();
        Advance(); // (
        Enter();
        var accumulator = NameText(Advance());
        Advance(); // =
        var initial = ParseExpression();
        Expect(TokenKind.Comma, "','");
        var variable = ExpectName("a variable name");
        ExpectKeyword("IN");
        var list = ParseExpression();
        Expect(TokenKind.Pipe, "'|'");
        var expression = ParseExpression();
        Expect(TokenKind.RParen, "')'");
        Leave();
        return new ReduceExpression(Pos(start), accumulator, initial, variable, list, expression);
    }

    /// <summary>
    /// EXISTS { … } / COUNT { … } / COLLECT { … }: a full query, or (EXISTS and COUNT only) a pattern list with an
    /// optional WHERE, kept as MATCH pattern WHERE … with ShortForm set.
    /// </summary>
    private SubqueryExpression ParseSubqueryExpression()
    {
        var start = Advance();
        var kind = SyntaxErrors.Describe(_src, start).ToUpperInvariant() switch
        {
            "EXISTS" => SubqueryKind.Exists,
            "COUNT" => SubqueryKind.Count,
            _ => SubqueryKind.Collect,
        };
        Advance(); // {
        Enter();
        SubqueryExpression result;
        if (kind != SubqueryKind.Collect && IsShortFormStart())
        {
            var patternStart = Cur;
            var pattern = ParsePattern();
            var where = ParseOptionalWhere();
            var match = new MatchClause(Pos(patternStart), false, pattern, where);
            result = new SubqueryExpression(Pos(start), kind, new SingleQuery(Pos(patternStart), [match]), ShortForm: true);
        }
        else
        {
            if (!IsClauseStart())
            {
                throw Error(kind == SubqueryKind.Collect ? ClauseKeywords : $"{ClauseKeywords} or a pattern");
            }

            result = new SubqueryExpression(Pos(start), kind, ParseQuery(), ShortForm: false);
        }

        Expect(TokenKind.RBrace, result.ShortForm ? "',', 'WHERE' or '}'" : $"{ClauseKeywords}, 'UNION' or '}}'");
        Leave();
        return result;
    }

    private bool IsShortFormStart() =>
        Is(TokenKind.LParen)
        || (Cur.IsName && IsAhead(1, TokenKind.Equal))
        || ((IsKeyword("shortestPath") || IsKeyword("allShortestPaths")) && IsAhead(1, TokenKind.LParen));
}
