using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>
/// Operator precedence, loosest first, as in Neo4j 5's grammar (Cypher5Parser expression .. expression2):
/// OR, XOR, AND, NOT, comparisons (chained into ANDs), one string/list/null predicate, + - ||, * / %,
/// ^ (left-associative), unary + -, postfix (.key, [i], [a..b], :Label, IS Label).
/// </summary>
internal sealed partial class Parser
{
    private Expression ParseExpression()
    {
        Enter();
        var expression = ParseOr();
        Leave();
        return expression;
    }

    private Expression ParseOr()
    {
        var left = ParseXor();
        while (IsKeyword("OR"))
        {
            var op = Advance();
            left = new BinaryExpression(Pos(op), BinaryOperator.Or, left, ParseXor());
        }

        return left;
    }

    private Expression ParseXor()
    {
        var left = ParseAnd();
        while (IsKeyword("XOR"))
        {
            var op = Advance();
            left = new BinaryExpression(Pos(op), BinaryOperator.Xor, left, ParseAnd());
        }

        return left;
    }

    private Expression ParseAnd()
    {
        var left = ParseNot();
        while (IsKeyword("AND"))
        {
            var op = Advance();
            left = new BinaryExpression(Pos(op), BinaryOperator.And, left, ParseNot());
        }

        return left;
    }

    /// <summary>NOT* comparison; a run of NOTs is read in a loop so it cannot exhaust the stack.</summary>
    private Expression ParseNot()
    {
        List<Token>? nots = null;
        while (IsKeyword("NOT") && CanStartExpressionAt(_p + 1))
        {
            (nots ??= []).Add(Advance());
        }

        var operand = ParseComparison();
        if (nots is null)
        {
            return operand;
        }

        for (var i = nots.Count - 1; i >= 0; i--)
        {
            operand = new UnaryExpression(Pos(nots[i]), UnaryOperator.Not, operand);
        }

        return operand;
    }

    /// <summary>
    /// Whether the token at <paramref name="index"/> can begin an expression. Keywords are not reserved, so NOT,
    /// DISTINCT or CASE followed by something else is a variable of that name (RETURN not AND true).
    /// </summary>
    private bool CanStartExpressionAt(int index)
    {
        ref readonly var token = ref At(index);
        return token.Kind switch
        {
            // Only words that continue an expression as operators rule it out; any other word may be a variable (NOT end.x).
            TokenKind.Identifier => !IsKeywordAt(index, "AS") && !IsKeywordAt(index, "AND") && !IsKeywordAt(index, "OR")
                && !IsKeywordAt(index, "XOR") && !IsKeywordAt(index, "IN") && !IsKeywordAt(index, "IS") && !IsKeywordAt(index, "CONTAINS")
                && !(IsKeywordAt(index, "STARTS") && IsKeywordAt(index + 1, "WITH")) && !(IsKeywordAt(index, "ENDS") && IsKeywordAt(index + 1, "WITH")),
            TokenKind.EscapedIdentifier or TokenKind.String or TokenKind.Integer or TokenKind.Float or TokenKind.Dollar
                or TokenKind.LParen or TokenKind.LBracket or TokenKind.LBrace or TokenKind.Minus or TokenKind.Plus => true,
            _ => false,
        };
    }

    /// <summary>a op b op c … becomes (a op b) AND (b op c) AND …, as Neo4j defines comparison chains.</summary>
    private Expression ParseComparison()
    {
        var left = ParsePredicate();
        Expression? result = null;
        while (ComparisonOperator() is { } op)
        {
            var opToken = Advance();
            var right = ParsePredicate();
            var comparison = new BinaryExpression(Pos(opToken), op, left, right);
            result = result is null ? comparison : new BinaryExpression(Pos(opToken), BinaryOperator.And, result, comparison);
            left = right;
        }

        return result ?? left;
    }

    private BinaryOperator? ComparisonOperator() => Cur.Kind switch
    {
        TokenKind.Equal => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        TokenKind.Less => BinaryOperator.LessThan,
        TokenKind.LessEqual => BinaryOperator.LessThanOrEqual,
        TokenKind.Greater => BinaryOperator.GreaterThan,
        TokenKind.GreaterEqual => BinaryOperator.GreaterThanOrEqual,
        TokenKind.BangEqual => throw ErrorAt(Cur,
            "Unknown operation '!=' (you probably meant to use '<>', which is the operator for inequality testing)"),
        _ => null,
    };

    /// <summary>At most one of =~, STARTS WITH, ENDS WITH, CONTAINS, IN, IS [NOT] NULL after an additive expression.</summary>
    private Expression ParsePredicate()
    {
        var left = ParseAdditive();
        if (Is(TokenKind.RegexMatch))
        {
            var op = Advance();
            return new BinaryExpression(Pos(op), BinaryOperator.RegexMatch, left, ParseAdditive());
        }

        if (Is(TokenKind.ColonColon))
        {
            // expr :: type is short for expr IS :: type.
            var op = Advance();
            return new TypePredicate(Pos(op), left, ParseCypherType(), false);
        }

        if (!Is(TokenKind.Identifier))
        {
            return left;
        }

        if (IsKeyword("STARTS") || IsKeyword("ENDS"))
        {
            var op = Advance();
            var starts = IsKeywordAt(_p - 1, "STARTS");
            ExpectKeyword("WITH");
            return new BinaryExpression(Pos(op), starts ? BinaryOperator.StartsWith : BinaryOperator.EndsWith, left, ParseAdditive());
        }

        if (IsKeyword("CONTAINS"))
        {
            var op = Advance();
            return new BinaryExpression(Pos(op), BinaryOperator.Contains, left, ParseAdditive());
        }

        if (IsKeyword("IN"))
        {
            var op = Advance();
            return new BinaryExpression(Pos(op), BinaryOperator.In, left, ParseAdditive());
        }

        if (IsKeyword("IS"))
        {
            var op = Advance();
            var negated = AcceptKeyword("NOT");
            if (AcceptKeyword("NULL"))
            {
                return new IsNullExpression(Pos(op), left, negated);
            }

            if (AcceptKeyword("TYPED") || Accept(TokenKind.ColonColon))
            {
                return new TypePredicate(Pos(op), left, ParseCypherType(), negated);
            }

            if (IsKeyword("NORMALIZED") || IsKeyword("NFC") || IsKeyword("NFD") || IsKeyword("NFKC") || IsKeyword("NFKD"))
            {
                var form = IsKeyword("NORMALIZED") ? "NFC" : SyntaxErrors.Describe(_src, Advance()).ToUpperInvariant();
                ExpectKeyword("NORMALIZED");
                // x IS [form] NORMALIZED is normalize-and-compare, null for a non-string (Cypher manual, "String operators").
                var test = new FunctionCall(Pos(op), FunctionCall.IsNormalized, false, [left, new Literal(Pos(op), form)]);
                return negated ? new UnaryExpression(Pos(op), UnaryOperator.Not, test) : test;
            }

            throw Error(negated ? "'NULL', 'TYPED' or 'NORMALIZED'" : "'NOT', 'NULL', 'TYPED', 'NORMALIZED' or a label name");
        }

        return left;
    }

    private Expression ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (true)
        {
            BinaryOperator op;
            switch (Cur.Kind)
            {
                case TokenKind.Plus or TokenKind.DoublePipe:
                    op = BinaryOperator.Add; // || concatenates strings and lists, which + also does.
                    break;
                case TokenKind.Minus:
                    op = BinaryOperator.Subtract;
                    break;
                default:
                    return left;
            }

            var opToken = Advance();
            left = new BinaryExpression(Pos(opToken), op, left, ParseMultiplicative());
        }
    }

    private Expression ParseMultiplicative()
    {
        var left = ParsePower();
        while (true)
        {
            BinaryOperator op;
            switch (Cur.Kind)
            {
                case TokenKind.Star:
                    op = BinaryOperator.Multiply;
                    break;
                case TokenKind.Slash:
                    op = BinaryOperator.Divide;
                    break;
                case TokenKind.Percent:
                    op = BinaryOperator.Modulo;
                    break;
                default:
                    return left;
            }

            var opToken = Advance();
            left = new BinaryExpression(Pos(opToken), op, left, ParsePower());
        }
    }

    /// <summary>Neo4j 5 reads 2 ^ 3 ^ 2 as (2 ^ 3) ^ 2.</summary>
    private Expression ParsePower()
    {
        var left = ParseUnary();
        while (Is(TokenKind.Caret))
        {
            var op = Advance();
            left = new BinaryExpression(Pos(op), BinaryOperator.Power, left, ParseUnary());
        }

        return left;
    }

    /// <summary>
    /// One optional sign before a postfix expression. A minus written directly before a number is part of the
    /// literal, as in Neo4j's numberLiteral rule (so -9223372036854775808 fits in a long).
    /// </summary>
    private Expression ParseUnary()
    {
        if (IsNegativeNumber())
        {
            return ParsePostfixSteps(ParseNegativeNumber());
        }

        if (Is(TokenKind.Minus) || Is(TokenKind.Plus))
        {
            var sign = Advance();
            var op = sign.Kind == TokenKind.Minus ? UnaryOperator.Negate : UnaryOperator.Plus;

            // The operand is a postfix expression, which may itself be a negative number literal: - -1, +-1.
            var operand = IsNegativeNumber() ? ParsePostfixSteps(ParseNegativeNumber()) : ParsePostfix();
            return new UnaryExpression(Pos(sign), op, operand);
        }

        return ParsePostfix();
    }

    private bool IsNegativeNumber() => Is(TokenKind.Minus) && Ahead(1).Kind is TokenKind.Integer or TokenKind.Float;

    private Literal ParseNegativeNumber()
    {
        var minus = Advance();
        var number = Advance();
        var value = number.Kind == TokenKind.Integer ? (object)ParseIntegerToken(number, negative: true) : -ParseFloatToken(number);
        return new Literal(Pos(minus), value);
    }

    /// <summary>IS followed by something other than NULL / NOT / TYPED / NORMALIZED is a label predicate (n IS Person).</summary>
    private bool IsLabelAfterIs(int index)
    {
        ref readonly var token = ref At(index);
        if (token.Kind is TokenKind.Percent or TokenKind.Bang or TokenKind.LParen or TokenKind.EscapedIdentifier)
        {
            return true;
        }

        return token.Kind == TokenKind.Identifier
            && !IsKeywordAt(index, "NULL") && !IsKeywordAt(index, "NOT") && !IsKeywordAt(index, "TYPED")
            && !IsKeywordAt(index, "NORMALIZED") && !IsKeywordAt(index, "NFC") && !IsKeywordAt(index, "NFD")
            && !IsKeywordAt(index, "NFKC") && !IsKeywordAt(index, "NFKD");
    }

    private Expression ParsePostfix() => ParsePostfixSteps(ParsePrimary());

    private Expression ParsePostfixSteps(Expression expression)
    {
        while (true)
        {
            switch (Cur.Kind)
            {
                case TokenKind.Dot:
                {
                    Advance();
                    expression = new PropertyAccess(expression.Position, expression, ExpectName("an identifier"));
                    break;
                }

                case TokenKind.LBracket:
                    expression = ParseIndexOrSlice(expression);
                    break;
                case TokenKind.Colon:
                {
                    expression = new LabelCheck(expression.Position, expression, ParseLabelExpressionClause(relationshipTypes: false));
                    break;
                }

                case TokenKind.Identifier when IsKeyword("IS") && IsLabelAfterIs(_p + 1):
                {
                    expression = new LabelCheck(expression.Position, expression, ParseLabelExpressionClause(relationshipTypes: false));
                    break;
                }

                default:
                    return expression;
            }
        }
    }

    /// <summary>[i], [from..to], [..to], [from..].</summary>
    private Expression ParseIndexOrSlice(Expression subject)
    {
        Advance();
        Expression result;
        if (Is(TokenKind.DotDot))
        {
            var dots = Advance();
            if (Is(TokenKind.RBracket))
            {
                throw ErrorAt(dots, "The start or end (or both) is required for a collection slice");
            }

            var to = ParseExpression();
            result = new SliceAccess(subject.Position, subject, null, to);
        }
        else
        {
            var first = ParseExpression();
            if (Accept(TokenKind.DotDot))
            {
                var to = Is(TokenKind.RBracket) ? null : ParseExpression();
                result = new SliceAccess(subject.Position, subject, first, to);
            }
            else
            {
                result = new IndexAccess(subject.Position, subject, first);
            }
        }

        Expect(TokenKind.RBracket, "'..' or ']'");
        return result;
    }
}
