using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>CALL in its two meanings: subqueries (with their scope forms and IN TRANSACTIONS) and procedure calls.</summary>
internal sealed partial class Parser
{
    /// <summary>Called with CALL consumed; <paramref name="start"/> is the CALL (or OPTIONAL) token.</summary>
    private Clause ParseCall(in Token start, bool optional)
    {
        if (Is(TokenKind.LBrace))
        {
            return ParseSubqueryCall(start, optional, scope: null, scopeAll: false);
        }

        if (Is(TokenKind.LParen))
        {
            Advance();
            var scope = new List<string>();
            var scopeAll = false;
            if (Accept(TokenKind.Star))
            {
                scopeAll = true;
            }
            else if (!Is(TokenKind.RParen))
            {
                do
                {
                    scope.Add(ExpectName("an identifier"));
                }
                while (Accept(TokenKind.Comma));
            }

            Expect(TokenKind.RParen, scope.Count == 0 && !scopeAll ? "a variable name, '*' or ')'" : "',' or ')'");
            if (!Is(TokenKind.LBrace))
            {
                throw Error("'{'");
            }

            return ParseSubqueryCall(start, optional, scope, scopeAll);
        }

        return ParseProcedureCall(start, optional);
    }

    private SubqueryCallClause ParseSubqueryCall(in Token start, bool optional, IReadOnlyList<string>? scope, bool scopeAll)
    {
        Expect(TokenKind.LBrace, "'{'");
        Enter();
        var body = ParseQuery(requireConclusion: true);
        Expect(TokenKind.RBrace, AfterSubqueryClauses);
        Leave();

        var inTransactions = false;
        Expression? batchSize = null;
        if (IsKeyword("IN"))
        {
            Advance();
            if (!IsKeyword("TRANSACTIONS"))
            {
                throw IsKeyword("CONCURRENT") || IsKeywordAhead(1, "CONCURRENT")
                    ? Unsupported(Cur, "CALL { … } IN CONCURRENT TRANSACTIONS")
                    : Error("'TRANSACTIONS'");
            }

            Advance();
            inTransactions = true;
            if (AcceptKeyword("OF"))
            {
                batchSize = ParseExpression();
                if (!AcceptKeyword("ROWS") && !AcceptKeyword("ROW"))
                {
                    throw Error("'ROW' or 'ROWS'");
                }
            }

            ParseTransactionOptions();
        }

        return new SubqueryCallClause(Pos(start), scope, scopeAll, body, optional, inTransactions, batchSize);
    }

    /// <summary>ON ERROR FAIL is the default behaviour and accepted; other error modes and REPORT STATUS are not.</summary>
    private void ParseTransactionOptions()
    {
        while (true)
        {
            if (IsKeyword("ON") && IsKeywordAhead(1, "ERROR"))
            {
                Advance();
                Advance();
                if (!AcceptKeyword("FAIL"))
                {
                    throw IsKeyword("CONTINUE") || IsKeyword("BREAK") || IsKeyword("RETRY")
                        ? Unsupported(Cur, $"ON ERROR {SyntaxErrors.Describe(_src, Cur).ToUpperInvariant()}")
                        : Error("'BREAK', 'CONTINUE', 'FAIL' or 'RETRY'");
                }
            }
            else if (IsKeyword("REPORT") && IsKeywordAhead(1, "STATUS"))
            {
                throw Unsupported(Cur, "REPORT STATUS");
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>CALL ns.name[(args)] [YIELD * | YIELD a [AS b], … [WHERE …]].</summary>
    private ProcedureCallClause ParseProcedureCall(in Token start, bool optional)
    {
        var name = ParseQualifiedName("a procedure name");
        List<Expression>? arguments = null;
        if (Accept(TokenKind.LParen))
        {
            arguments = [];
            if (!Is(TokenKind.RParen))
            {
                do
                {
                    arguments.Add(ParseExpression());
                }
                while (Accept(TokenKind.Comma));
            }

            Expect(TokenKind.RParen, arguments.Count == 0 ? "an expression or ')'" : "',' or ')'");
        }

        if (!AcceptKeyword("YIELD"))
        {
            return new ProcedureCallClause(Pos(start), name, arguments, null, false, null, optional);
        }

        if (Accept(TokenKind.Star))
        {
            return new ProcedureCallClause(Pos(start), name, arguments, null, true, null, optional);
        }

        var items = ParseYieldItems();
        return new ProcedureCallClause(Pos(start), name, arguments, items, false, ParseOptionalWhere(), optional);
    }

    private List<YieldItem> ParseYieldItems()
    {
        var items = new List<YieldItem>();
        do
        {
            var itemStart = Cur;
            var field = ExpectName("an identifier or '*'");
            string? alias = AcceptKeyword("AS") ? ExpectName("an identifier") : null;
            items.Add(new YieldItem(Pos(itemStart), field, alias));
        }
        while (Accept(TokenKind.Comma));

        return items;
    }

    /// <summary>name(.name)* joined with dots, each part as written (backticks removed).</summary>
    private string ParseQualifiedName(string what)
    {
        var name = ExpectName(what);
        while (Is(TokenKind.Dot) && Ahead(1).IsName)
        {
            Advance();
            name = string.Concat(name, ".", NameText(Advance()));
        }

        return name;
    }
}
