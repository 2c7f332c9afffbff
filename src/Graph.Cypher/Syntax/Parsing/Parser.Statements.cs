using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>Statements: the CYPHER/EXPLAIN/PROFILE prefix (Parser.Prefix.cs), schema commands, queries joined by UNION, and the clause loop.</summary>
internal sealed partial class Parser
{
    private static readonly string[] ClauseWords =
        ["'CALL'", "'CREATE'", "'DELETE'", "'DETACH'", "'FINISH'", "'FOREACH'", "'LIMIT'", "'MATCH'", "'MERGE'", "'OFFSET'", "'OPTIONAL'", "'ORDER'", "'REMOVE'", "'RETURN'", "'SET'", "'SKIP'", "'UNWIND'", "'WITH'"];

    private static readonly string StatementStart =
        Alternatives(["'CALL'", "'CREATE'", "'CYPHER'", "'DELETE'", "'DETACH'", "'DROP'", "'EXPLAIN'", "'FINISH'", "'FOREACH'", "'LIMIT'", "'MATCH'", "'MERGE'",
            "'OFFSET'", "'OPTIONAL'", "'ORDER'", "'PROFILE'", "'REMOVE'", "'RETURN'", "'SET'", "'SHOW'", "'SKIP'", "'UNWIND'", "'WITH'"]);

    private static readonly string ClauseKeywords = Alternatives(ClauseWords);

    private static readonly string AfterClauses = Alternatives([.. ClauseWords, "'UNION'", "<EOF>"]);

    private static readonly string AfterSubqueryClauses = Alternatives([.. ClauseWords, "'UNION'", "'}'"]);

    /// <summary>"a, b or c", the way Neo4j lists what it expected.</summary>
    private static string Alternatives(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} or {items[^1]}";

    public Statement ParseStatement()
    {
        var prefix = ParsePrefix();
        var statement = ParseStatementBody();
        Accept(TokenKind.Semicolon);
        if (!Is(TokenKind.EndOfInput))
        {
            throw Error(statement is Query ? AfterClauses : "';' or <EOF>");
        }

        return WithPrefix(prefix, statement);
    }

    private Statement ParseStatementBody()
    {
        if (IsKeyword("CREATE") && IsSchemaCreate())
        {
            return ParseCreateSchema();
        }

        if (IsKeyword("DROP"))
        {
            return ParseDrop();
        }

        if (IsKeyword("SHOW"))
        {
            return ParseShow();
        }

        if (!IsClauseStart())
        {
            throw Error(StatementStart);
        }

        return ParseQuery(requireConclusion: true);
    }

    /// <summary>
    /// single-query (UNION [ALL|DISTINCT] single-query)*; mixing UNION and UNION ALL is an error. Statements and CALL
    /// subqueries must conclude properly; EXISTS / COUNT / COLLECT bodies need not.
    /// </summary>
    private Query ParseQuery(bool requireConclusion)
    {
        var first = ParseSingleQuery(requireConclusion);
        if (!IsKeyword("UNION"))
        {
            return first;
        }

        var parts = new List<SingleQuery> { first };
        bool? all = null;
        while (IsKeyword("UNION"))
        {
            var union = Advance();
            var thisAll = AcceptKeyword("ALL");
            if (!thisAll)
            {
                AcceptKeyword("DISTINCT");
            }

            if (all is { } previous && previous != thisAll)
            {
                throw ErrorAt(union, "Invalid combination of UNION and UNION ALL");
            }

            all = thisAll;
            parts.Add(ParseSingleQuery(requireConclusion));
        }

        return new UnionQuery(first.Position, parts, all == true);
    }

    private SingleQuery ParseSingleQuery(bool requireConclusion)
    {
        var start = CurPos;
        var clauses = ParseClauses();
        if (clauses.Count == 0)
        {
            throw Error(ClauseKeywords);
        }

        // A stray token right after the clauses is the first thing to report.
        if (!Is(TokenKind.EndOfInput) && !Is(TokenKind.Semicolon) && !Is(TokenKind.RBrace) && !IsKeyword("UNION"))
        {
            throw Error(_depth > 0 ? AfterSubqueryClauses : AfterClauses);
        }

        CheckClauseOrder(clauses, requireConclusion);
        return new SingleQuery(start, clauses);
    }

    /// <summary>
    /// Neo4j's structural rules, reported with the syntax-error status: RETURN only at the end, and a query ends with
    /// RETURN, an update, a subquery call or a procedure call without YIELD.
    /// </summary>
    private void CheckClauseOrder(List<Clause> clauses, bool requireConclusion)
    {
        for (var i = 0; i < clauses.Count - 1; i++)
        {
            if (clauses[i] is ReturnClause misplaced)
            {
                throw ErrorAt(misplaced.Position, "RETURN can only be used at the end of the query.");
            }

            if (clauses[i] is FinishClause finish)
            {
                throw ErrorAt(finish.Position, "FINISH can only be used at the end of the query.");
            }
        }

        var last = clauses[^1];
        if (clauses.Count == 1 && last is ProcedureCallClause standalone)
        {
            // A standalone CALL may YIELD, and returns what it yields, but cannot filter.
            if (standalone.Where is not null)
            {
                throw ErrorAt(standalone.Where.Position, "Cannot use standalone call with WHERE (instead use: `CALL ... WITH * WHERE ... RETURN *`)");
            }

            return;
        }

        var concludes = last switch
        {
            ReturnClause or FinishClause or CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause or SubqueryCallClause => true,
            ProcedureCallClause call => call.Yield is null && !call.YieldStar,
            _ => false,
        };
        if (requireConclusion && !concludes)
        {
            if (last is ProcedureCallClause)
            {
                throw ErrorAt(last.Position, "Query cannot conclude with CALL together with YIELD");
            }

            throw ErrorAt(last.Position,
                $"Query cannot conclude with {ClauseName(last)} (must be a RETURN clause, a FINISH clause, an update clause, a unit subquery call, or a procedure call with no YIELD).");
        }
    }

    /// <summary>Clauses until a token that cannot start one (end, ';', '}', ')', UNION): the caller checks what follows.</summary>
    private List<Clause> ParseClauses()
    {
        var clauses = new List<Clause>();
        while (IsClauseStart())
        {
            clauses.Add(ParseClause());
        }

        return clauses;
    }

    private bool IsClauseStart()
    {
        if (!Is(TokenKind.Identifier))
        {
            return false;
        }

        return IsKeyword("MATCH") || IsKeyword("OPTIONAL") || IsKeyword("WITH") || IsKeyword("RETURN")
            || IsKeyword("UNWIND") || IsKeyword("CREATE") || IsKeyword("MERGE") || IsKeyword("SET")
            || IsKeyword("REMOVE") || IsKeyword("DELETE") || IsKeyword("DETACH") || IsKeyword("FOREACH")
            || IsKeyword("CALL") || IsKeyword("FINISH") || IsLoadCsv() || IsStandalonePaging();
    }

    /// <summary>ORDER BY / SKIP / OFFSET / LIMIT written as a clause of their own (Neo4j 5.24+).</summary>
    private bool IsStandalonePaging() =>
        (IsKeyword("ORDER") && IsKeywordAhead(1, "BY")) || IsKeyword("SKIP") || IsKeyword("OFFSET") || IsKeyword("LIMIT");

    private static string ClauseName(Clause clause) => clause switch
    {
        MatchClause => "MATCH",
        WithClause => "WITH",
        UnwindClause => "UNWIND",
        LoadCsvClause => "LOAD CSV",
        ReturnClause => "RETURN",
        CreateClause => "CREATE",
        MergeClause => "MERGE",
        SetClause => "SET",
        RemoveClause => "REMOVE",
        DeleteClause => "DELETE",
        ForeachClause => "FOREACH",
        FinishClause => "FINISH",
        _ => "CALL",
    };

    private Clause ParseClause()
    {
        if (IsKeyword("MATCH"))
        {
            return ParseMatch(optional: false, Advance());
        }

        if (IsKeyword("OPTIONAL"))
        {
            var optional = Advance();
            if (IsKeyword("MATCH"))
            {
                Advance();
                return ParseMatch(optional: true, optional);
            }

            if (IsKeyword("CALL"))
            {
                Advance();
                return ParseCall(optional, optional: true);
            }

            throw Error("'CALL' or 'MATCH'");
        }

        if (IsKeyword("WITH"))
        {
            return ParseWith();
        }

        if (IsKeyword("FINISH"))
        {
            return new FinishClause(Pos(Advance()));
        }

        if (IsStandalonePaging())
        {
            return ParseStandalonePaging();
        }

        if (IsKeyword("RETURN"))
        {
            var start = Advance();
            return new ReturnClause(Pos(start), ParseProjection(Pos(start)));
        }

        if (IsKeyword("UNWIND"))
        {
            return ParseUnwind();
        }

        if (IsLoadCsv())
        {
            return ParseLoadCsv();
        }

        if (IsKeyword("CREATE"))
        {
            var start = Advance();
            var pattern = ParsePattern();
            foreach (var part in pattern.Parts)
            {
                CheckUpdatePattern(part, "CREATE");
            }

            return new CreateClause(Pos(start), pattern);
        }

        if (IsKeyword("MERGE"))
        {
            return ParseMerge();
        }

        if (IsKeyword("SET"))
        {
            var start = Advance();
            return new SetClause(Pos(start), ParseSetItems());
        }

        if (IsKeyword("REMOVE"))
        {
            return ParseRemove();
        }

        if (IsKeyword("DELETE") || IsKeyword("DETACH"))
        {
            return ParseDelete();
        }

        if (IsKeyword("FOREACH"))
        {
            return ParseForeach();
        }

        var call = Advance();
        return ParseCall(call, optional: false);
    }
}
