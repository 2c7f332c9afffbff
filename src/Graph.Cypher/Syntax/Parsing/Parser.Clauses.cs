using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>Reading and projecting clauses: MATCH, WITH, RETURN (projection body), UNWIND, LOAD CSV.</summary>
internal sealed partial class Parser
{
    private MatchClause ParseMatch(bool optional, in Token start)
    {
        var pattern = ParsePattern();
        foreach (var part in pattern.Parts)
        {
            RejectParameterMaps(part, "MATCH");
        }

        var where = ParseOptionalWhere();
        return new MatchClause(Pos(start), optional, pattern, where);
    }

    /// <summary>Neo4j matches only on literal property maps: (n $props) is allowed in CREATE but not in MATCH or MERGE.</summary>
    private void RejectParameterMaps(PatternPart part, string clause)
    {
        var parameter = part.Nodes.Select(n => n.Properties).Concat(part.Relationships.Select(r => r.Properties)).OfType<Parameter>().FirstOrDefault();
        if (parameter is not null)
        {
            throw ErrorAt(parameter.Position,
                $"Parameter maps cannot be used in `{clause}` patterns (use a literal map instead, e.g. `{{id: ${parameter.Name}.id}}`)");
        }
    }

    private Expression? ParseOptionalWhere() => AcceptKeyword("WHERE") ? ParseExpression() : null;

    private WithClause ParseWith()
    {
        var start = Advance();
        var projection = ParseProjection(Pos(start));

        // WITH names the columns later clauses see, so anything but a plain variable needs a name.
        if (projection.Items.FirstOrDefault(i => i.Alias is null && i.Expression is not Variable) is { } unnamed)
        {
            throw ErrorAt(unnamed.Position, "Expression in WITH must be aliased (use AS)");
        }

        return new WithClause(Pos(start), projection, ParseOptionalWhere());
    }

    /// <summary>
    /// ORDER BY … [SKIP|OFFSET n] [LIMIT n] as a clause: the manual defines it as <c>WITH * ORDER BY …</c>, which is
    /// what it becomes (a WITH without items that keeps every variable).
    /// </summary>
    private WithClause ParseStandalonePaging()
    {
        var start = Cur;
        var (orderBy, skip, limit) = ParsePaging();
        return new WithClause(Pos(start), new Projection(Pos(start), false, true, [], orderBy, skip, limit), null);
    }

    private (IReadOnlyList<SortItem> OrderBy, Expression? Skip, Expression? Limit) ParsePaging()
    {
        var orderBy = ParseOrderBy();
        Expression? skip = null, limit = null;
        if (AcceptKeyword("SKIP") || AcceptKeyword("OFFSET"))
        {
            skip = ParseExpression();
        }

        if (AcceptKeyword("LIMIT"))
        {
            limit = ParseExpression();
        }

        return (orderBy, skip, limit);
    }

    private UnwindClause ParseUnwind()
    {
        var start = Advance();
        var list = ParseExpression();
        ExpectKeyword("AS");
        return new UnwindClause(Pos(start), list, ExpectName("an identifier"));
    }

    private bool IsLoadCsv() => IsKeyword("LOAD") && IsKeywordAhead(1, "CSV");

    private LoadCsvClause ParseLoadCsv()
    {
        var start = Advance();
        ExpectKeyword("CSV");
        var withHeaders = false;
        if (AcceptKeyword("WITH"))
        {
            ExpectKeyword("HEADERS");
            withHeaders = true;
        }

        ExpectKeyword("FROM");
        var url = ParseExpression();
        ExpectKeyword("AS");
        var variable = ExpectName("an identifier");
        var terminator = ',';
        if (AcceptKeyword("FIELDTERMINATOR"))
        {
            var literal = Expect(TokenKind.String, "a string literal");
            // Neo4j takes one character; '\t' arrives here already unescaped.
            var text = literal.Value ?? "";
            if (text.Length != 1)
            {
                throw ErrorAt(Pos(literal), "CSV field terminator can only be one character wide");
            }

            terminator = text[0];
        }

        return new LoadCsvClause(Pos(start), withHeaders, url, variable, terminator);
    }

    /// <summary>[DISTINCT] (* [, items] | items) [ORDER BY …] [SKIP|OFFSET n] [LIMIT n].</summary>
    private Projection ParseProjection(SourcePosition position)
    {
        if (!Cur.IsName && !Is(TokenKind.Star) && !Is(TokenKind.Unknown) && !CanStartExpressionAt(_p))
        {
            throw Error("an expression, '*' or 'DISTINCT'");
        }

        var distinct = IsKeyword("DISTINCT") && (CanStartExpressionAt(_p + 1) || IsAhead(1, TokenKind.Star)) && Advance().Kind == TokenKind.Identifier;
        var includeExisting = false;
        var items = new List<ProjectionItem>();
        if (Accept(TokenKind.Star))
        {
            includeExisting = true;
            while (Accept(TokenKind.Comma))
            {
                items.Add(ParseProjectionItem());
            }
        }
        else
        {
            do
            {
                items.Add(ParseProjectionItem());
            }
            while (Accept(TokenKind.Comma));
        }

        var (orderBy, skip, limit) = ParsePaging();
        return new Projection(position, distinct, includeExisting, items, orderBy, skip, limit);
    }

    private ProjectionItem ParseProjectionItem()
    {
        var start = Cur;
        var expression = ParseExpression();
        var text = TextFrom(start.Start);
        string? alias = null;
        SourcePosition? aliasPosition = null;
        if (AcceptKeyword("AS"))
        {
            aliasPosition = Pos(Cur);
            alias = ExpectName("an identifier");
        }
        return new ProjectionItem(Pos(start), expression, alias, text) { AliasPosition = aliasPosition };
    }

    private IReadOnlyList<SortItem> ParseOrderBy()
    {
        if (!IsKeyword("ORDER"))
        {
            return [];
        }

        Advance();
        ExpectKeyword("BY");
        var items = new List<SortItem>();
        do
        {
            var start = Cur;
            var expression = ParseExpression();
            var descending = false;
            if (AcceptKeyword("DESC") || AcceptKeyword("DESCENDING"))
            {
                descending = true;
            }
            else if (!AcceptKeyword("ASC"))
            {
                AcceptKeyword("ASCENDING");
            }

            items.Add(new SortItem(Pos(start), expression, descending));
        }
        while (Accept(TokenKind.Comma));

        return items;
    }
}
