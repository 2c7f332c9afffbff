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

        var transactions = IsKeyword("IN") ? ParseInTransactions() : null;
        return new SubqueryCallClause(Pos(start), scope, scopeAll, body, optional, transactions);
    }

    /// <summary>
    /// IN [[n] CONCURRENT] TRANSACTIONS, then OF n ROWS, ON ERROR CONTINUE | BREAK | FAIL and REPORT STATUS AS s
    /// in any order, each at most once (Neo4j 5 grammar).
    /// </summary>
    private InTransactions ParseInTransactions()
    {
        var position = CurPos;
        Advance();
        var concurrent = false;
        Expression? concurrency = null;
        if (!IsKeyword("TRANSACTIONS"))
        {
            if (!IsKeyword("CONCURRENT")) concurrency = ParseExpression();
            if (!AcceptKeyword("CONCURRENT")) throw Error(concurrency is null ? "'TRANSACTIONS' or 'CONCURRENT'" : "'CONCURRENT'");
            concurrent = true;
        }

        ExpectKeyword("TRANSACTIONS");
        Expression? batchSize = null;
        OnErrorBehaviour? onError = null;
        string? reportStatus = null;
        while (true)
        {
            if (IsKeyword("OF"))
            {
                if (batchSize is not null) throw ErrorAt(Cur, "Duplicated OF ROWS parameter");
                Advance();
                batchSize = ParseExpression();
                if (!AcceptKeyword("ROWS") && !AcceptKeyword("ROW")) throw Error("'ROW' or 'ROWS'");
            }
            else if (IsKeyword("ON") && IsKeywordAhead(1, "ERROR"))
            {
                if (onError is not null) throw ErrorAt(Cur, "Duplicated ON ERROR parameter");
                Advance();
                Advance();
                onError = ParseOnError();
            }
            else if (IsKeyword("REPORT") && IsKeywordAhead(1, "STATUS"))
            {
                if (reportStatus is not null) throw ErrorAt(Cur, "Duplicated REPORT STATUS parameter");
                Advance();
                Advance();
                ExpectKeyword("AS");
                reportStatus = ExpectName("a variable name");
            }
            else
            {
                return new InTransactions(position, batchSize, concurrent, concurrency, onError ?? OnErrorBehaviour.Fail, onError is not null, reportStatus);
            }
        }
    }

    private OnErrorBehaviour ParseOnError()
    {
        if (AcceptKeyword("CONTINUE")) return OnErrorBehaviour.Continue;
        if (AcceptKeyword("BREAK")) return OnErrorBehaviour.Break;
        if (AcceptKeyword("FAIL")) return OnErrorBehaviour.Fail;
        // ON ERROR RETRY came with Neo4j 2025.03, after the 5.26 language this engine speaks.
        throw IsKeyword("RETRY") ? Unsupported(Cur, "ON ERROR RETRY") : Error("'BREAK', 'CONTINUE' or 'FAIL'");
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
