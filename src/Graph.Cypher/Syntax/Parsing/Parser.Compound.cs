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
        return new ListLiteral(Pos(open), items);
    }

    private ListComprehension ParseListComprehension()
    {
        var open = Advance();
        var closeIndex = open.Match;
        var variable = NameText(Advance());
        Advance(); // IN
        var list = ParseBeforeBar(closeIndex);
        var where = IsKeyword("WHERE") ? ParseComprehensionWhere(closeIndex) : null;
        var projection = Accept(TokenKind.Pipe) ? ParseExpression() : null;
        Expect(TokenKind.RBracket, where is null && projection is null ? "'WHERE', '|' or ']'" : projection is null ? "'|' or ']'" : "']'");
        return new ListComprehension(Pos(open), variable, list, where, projection);
    }

    private PatternComprehension ParsePatternComprehension()
    {
        var open = Advance();
        var closeIndex = open.Match;
        var part = ParsePatternPart();
        var where = IsKeyword("WHERE") ? ParseComprehensionWhere(closeIndex) : null;
        Expect(TokenKind.Pipe, where is null ? "'-', 'WHERE' or '|'" : "'|'");
        var projection = ParseExpression();
        Expect(TokenKind.RBracket, "']'");
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
        return ParseBeforeBar(closeIndex);
    }

    /// <summary>An expression followed (before <paramref name="closeIndex"/>) by a '|' that belongs to the enclosing form.</summary>
    private Expression ParseBeforeBar(int closeIndex)
    {
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

    /// <summary>
    /// CASE [test] (WHEN a[, b] THEN r)+ [ELSE e] END; WHEN a, b in the simple form is two alternatives. The simple
    /// form also takes Neo4j 5's extended conditions (WHEN &gt; 5, WHEN IS NULL, WHEN STARTS WITH 'a'); a CASE that uses
    /// one becomes the generic form, each condition applied to the test expression.
    /// </summary>
    private CaseExpression ParseCase()
    {
        var start = Advance();
        var test = IsKeyword("WHEN") ? null : ParseExpression();
        var whens = new List<(Token When, Func<Expression, Expression>? Extended, Expression? Value, Expression Then)>();
        var extendedSeen = false;
        while (IsKeyword("WHEN"))
        {
            var when = Advance();
            var conditions = new List<(Func<Expression, Expression>? Extended, Expression? Value)>();
            do
            {
                var extended = test is null ? null : TryParseExtendedWhen();
                extendedSeen |= extended is not null;
                conditions.Add(extended is null ? (null, ParseExpression()) : (extended, null));
            }
            while (test is not null && Accept(TokenKind.Comma));

            ExpectKeyword("THEN");
            var then = ParseExpression();
            foreach (var (extended, value) in conditions)
            {
                whens.Add((when, extended, value, then));
            }
        }

        if (whens.Count == 0)
        {
            throw Error("'WHEN'");
        }

        var otherwise = AcceptKeyword("ELSE") ? ParseExpression() : null;
        if (!IsKeyword("END"))
        {
            throw Error(otherwise is null ? "'ELSE', 'END' or 'WHEN'" : "'END'");
        }

        Advance();
        if (!extendedSeen)
        {
            return new CaseExpression(Pos(start), test, [.. whens.Select(w => new CaseAlternative(Pos(w.When), w.Value!, w.Then))], otherwise);
        }

        var alternatives = whens.Select(w => new CaseAlternative(
            Pos(w.When),
            w.Extended is not null ? w.Extended(test!) : new BinaryExpression(w.Value!.Position, BinaryOperator.Equal, test!, w.Value),
            w.Then));
        return new CaseExpression(Pos(start), null, [.. alternatives], otherwise);
    }

    /// <summary>An extended WHEN condition of the simple CASE, as a function of the test expression; null for a plain value.</summary>
    private Func<Expression, Expression>? TryParseExtendedWhen()
    {
        var at = Cur;
        BinaryOperator? comparison = Cur.Kind switch
        {
            TokenKind.Equal => BinaryOperator.Equal,
            TokenKind.NotEqual => BinaryOperator.NotEqual,
            TokenKind.Less => BinaryOperator.LessThan,
            TokenKind.LessEqual => BinaryOperator.LessThanOrEqual,
            TokenKind.Greater => BinaryOperator.GreaterThan,
            TokenKind.GreaterEqual => BinaryOperator.GreaterThanOrEqual,
            _ => null,
        };
        if (comparison is { } op)
        {
            Advance();
            var operand = ParsePredicate();
            return test => new BinaryExpression(Pos(at), op, test, operand);
        }

        if (Is(TokenKind.RegexMatch))
        {
            Advance();
            var pattern = ParseAdditive();
            return test => new BinaryExpression(Pos(at), BinaryOperator.RegexMatch, test, pattern);
        }

        if ((IsKeyword("STARTS") || IsKeyword("ENDS")) && IsKeywordAhead(1, "WITH"))
        {
            var starts = IsKeyword("STARTS");
            _p += 2;
            var operand = ParseAdditive();
            return test => new BinaryExpression(Pos(at), starts ? BinaryOperator.StartsWith : BinaryOperator.EndsWith, test, operand);
        }

        if (IsKeyword("IS") && (IsKeywordAhead(1, "NULL") || (IsKeywordAhead(1, "NOT") && IsKeywordAhead(2, "NULL"))))
        {
            Advance();
            var negated = AcceptKeyword("NOT");
            Advance();
            return test => new IsNullExpression(Pos(at), test, negated);
        }

        // WHEN IS [NOT] TYPED t, WHEN IS [NOT] :: t (Cypher manual, CASE: extended simple form).
        if (IsKeyword("IS") && (IsKeywordAhead(1, "TYPED") || IsAhead(1, TokenKind.ColonColon)
            || (IsKeywordAhead(1, "NOT") && (IsKeywordAhead(2, "TYPED") || IsAhead(2, TokenKind.ColonColon)))))
        {
            Advance();
            var negated = AcceptKeyword("NOT");
            Advance();
            var type = ParseCypherType();
            return test => new TypePredicate(Pos(at), test, type, negated);
        }

        return null;
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
        var variable = NameText(Advance());
        Advance(); // IN
        var list = ParseExpression();
        var where = ParseOptionalWhere();
        if (where is null && Is(TokenKind.RParen))
        {
            throw ErrorAt(start, $"{SyntaxErrors.Describe(_src, start).ToLowerInvariant()}(...) requires a WHERE predicate");
        }

        Expect(TokenKind.RParen, where is null ? "'WHERE' or ')'" : "')'");
        return new QuantifierExpression(Pos(start), kind, variable, list, where);
    }

    /// <summary>reduce(acc = init, x IN list | expression).</summary>
    private ReduceExpression ParseReduce()
    {
        var start = Advance();
        var closeIndex = Advance().Match; // (
        var accumulator = NameText(Advance());
        Advance(); // =
        var initial = ParseExpression();
        Expect(TokenKind.Comma, "','");
        var variable = ExpectName("an identifier");
        ExpectKeyword("IN");
        var list = ParseBeforeBar(closeIndex);
        Expect(TokenKind.Pipe, "'|'");
        var expression = ParseExpression();
        Expect(TokenKind.RParen, "')'");
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
                throw Error(kind == SubqueryKind.Collect ? ClauseKeywords : Alternatives(["a graph pattern", .. ClauseWords]));
            }

            result = new SubqueryExpression(Pos(start), kind, ParseQuery(requireConclusion: false), ShortForm: false);
        }

        Expect(TokenKind.RBrace, result.ShortForm ? "',', 'WHERE' or '}'" : AfterSubqueryClauses);
        Leave();
        return result;
    }

    private bool IsShortFormStart() =>
        Is(TokenKind.LParen)
        || (Cur.IsName && IsAhead(1, TokenKind.Equal))
        || ((IsKeyword("shortestPath") || IsKeyword("allShortestPaths")) && IsAhead(1, TokenKind.LParen));
}
