using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>SHOW [filter] INDEXES | CONSTRAINTS | PROCEDURES | FUNCTIONS [YIELD … [WHERE …] [RETURN …] | WHERE …].</summary>
internal sealed partial class Parser
{
    private static readonly HashSet<string> IndexFilters = new(StringComparer.OrdinalIgnoreCase)
    {
        "ALL", "RANGE", "FULLTEXT", "LOOKUP", "POINT", "TEXT", "VECTOR", "BTREE",
    };

    private static readonly HashSet<string> ConstraintFilterWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ALL", "NODE", "RELATIONSHIP", "REL", "UNIQUE", "UNIQUENESS", "KEY", "EXIST", "EXISTENCE", "PROPERTY", "TYPE",
    };

    private ShowStatement ParseShow()
    {
        var start = Advance();
        var words = new List<Token>();
        while (Is(TokenKind.Identifier) && words.Count < 4 && !IsShowNoun())
        {
            words.Add(Advance());
        }

        if (!IsShowNoun())
        {
            throw Error("'CONSTRAINTS', 'FUNCTIONS', 'INDEXES' or 'PROCEDURES'");
        }

        var noun = Advance();
        var nounText = SyntaxErrors.Describe(_src, noun).ToUpperInvariant();
        var kind = nounText switch
        {
            "INDEX" or "INDEXES" => ShowKind.Indexes,
            "CONSTRAINT" or "CONSTRAINTS" => ShowKind.Constraints,
            "PROCEDURE" or "PROCEDURES" => ShowKind.Procedures,
            _ => ShowKind.Functions,
        };
        var filter = ShowFilter(kind, words);
        if (IsKeyword("EXECUTABLE"))
        {
            throw Unsupported(Cur, "EXECUTABLE BY");
        }

        if (AcceptKeyword("WHERE"))
        {
            return new ShowStatement(Pos(start), kind, filter, null, false, ParseExpression(), null);
        }

        if (!AcceptKeyword("YIELD"))
        {
            return new ShowStatement(Pos(start), kind, filter, null, false, null, null);
        }

        List<YieldItem>? items = null;
        var yieldStar = Accept(TokenKind.Star);
        if (!yieldStar)
        {
            items = ParseYieldItems();
        }

        if (IsKeyword("ORDER") || IsKeyword("SKIP") || IsKeyword("OFFSET") || IsKeyword("LIMIT"))
        {
            return ParseShowYieldPaging(start, kind, filter, items, yieldStar);
        }

        var where = ParseOptionalWhere();
        ReturnClause? ret = null;
        if (IsKeyword("RETURN"))
        {
            var returnToken = Advance();
            ret = new ReturnClause(Pos(returnToken), ParseProjection(Pos(returnToken)));
        }

        return new ShowStatement(Pos(start), kind, filter, items, yieldStar, where, ret);
    }

    /// <summary>
    /// YIELD … ORDER BY … SKIP … LIMIT … with nothing after it means the same as RETURN * with that ordering and paging,
    /// which is how it is represented. Followed by WHERE or RETURN it would need a step the tree cannot express.
    /// </summary>
    private ShowStatement ParseShowYieldPaging(in Token start, ShowKind kind, string? filter, List<YieldItem>? items, bool yieldStar)
    {
        var pagingStart = Cur;
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

        if (IsKeyword("WHERE") || IsKeyword("RETURN"))
        {
            throw Unsupported(Cur, "WHERE or RETURN after ORDER BY, SKIP or LIMIT in SHOW … YIELD");
        }

        var projection = new Projection(Pos(pagingStart), false, true, [], orderBy, skip, limit);
        return new ShowStatement(Pos(start), kind, filter, items, yieldStar, null, new ReturnClause(Pos(pagingStart), projection));
    }

    private bool IsShowNoun() =>
        IsKeyword("INDEX") || IsKeyword("INDEXES") || IsKeyword("CONSTRAINT") || IsKeyword("CONSTRAINTS")
        || IsKeyword("PROCEDURE") || IsKeyword("PROCEDURES") || IsKeyword("FUNCTION") || IsKeyword("FUNCTIONS");

    /// <summary>The words between SHOW and the noun, upper-cased and joined by spaces; ALL (or nothing) is null.</summary>
    private string? ShowFilter(ShowKind kind, List<Token> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        var texts = words.Select(w => SyntaxErrors.Describe(_src, w).ToUpperInvariant()).ToList();
        var joined = string.Join(' ', texts);
        var valid = kind switch
        {
            ShowKind.Indexes => words.Count == 1 && IndexFilters.Contains(texts[0]),
            ShowKind.Constraints => texts.All(ConstraintFilterWords.Contains) && (texts.Count == 1 || !texts.Contains("ALL"))
                && texts[^1] is not ("NODE" or "RELATIONSHIP" or "REL" or "PROPERTY"),
            ShowKind.Functions => joined is "ALL" or "BUILT IN" or "USER DEFINED",
            _ => false,
        };
        if (!valid)
        {
            throw ErrorAt(words[0], $"Invalid input '{joined}': not a filter for SHOW {kind.ToString().ToUpperInvariant()}");
        }

        return joined == "ALL" ? null : joined;
    }
}
