using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>Updating clauses: MERGE, SET, REMOVE, [DETACH] DELETE, FOREACH.</summary>
internal sealed partial class Parser
{
    private MergeClause ParseMerge()
    {
        var start = Advance();
        var part = ParsePatternPart();
        RejectParameterMaps(part, "MERGE");
        CheckUpdatePattern(part, "MERGE");
        var onCreate = new List<SetItem>();
        var onMatch = new List<SetItem>();
        while (IsKeyword("ON"))
        {
            Advance();
            List<SetItem> target;
            if (AcceptKeyword("CREATE"))
            {
                target = onCreate;
            }
            else if (AcceptKeyword("MATCH"))
            {
                target = onMatch;
            }
            else
            {
                throw Error("'CREATE' or 'MATCH'");
            }

            ExpectKeyword("SET");
            target.AddRange(ParseSetItems());
        }

        return new MergeClause(Pos(start), part, onCreate, onMatch);
    }

    private List<SetItem> ParseSetItems()
    {
        var items = new List<SetItem>();
        do
        {
            items.Add(ParseSetItem());
        }
        while (Accept(TokenKind.Comma));

        return items;
    }

    /// <summary>
    /// target.key = e | target[k] = e | v = map | v += map | v:A:B | v IS A. The subject is a primary expression
    /// followed by property or index steps; the last step names what is set.
    /// </summary>
    private SetItem ParseSetItem()
    {
        var start = Cur;
        var (target, key) = ParseUpdateTarget();
        if (key is not null)
        {
            Expect(TokenKind.Equal, "'='");
            return new SetPropertyItem(Pos(start), target, key, ParseExpression());
        }

        if (Accept(TokenKind.Equal))
        {
            return new SetAllPropertiesItem(Pos(start), target, ParseExpression(), Merge: false);
        }

        if (Accept(TokenKind.PlusEqual))
        {
            return new SetAllPropertiesItem(Pos(start), target, ParseExpression(), Merge: true);
        }

        if (Is(TokenKind.Colon) || IsKeyword("IS"))
        {
            var variable = RequireVariable(target, start);
            var dynamic = new List<Expression>();
            var names = ParseLabelList("SET", variable, dynamic);
            return new SetLabelsItem(Pos(start), variable, names, dynamic.Count > 0 ? dynamic : null);
        }

        throw Error("'=', '+=', ':', 'IS', '.' or '['");
    }

    private RemoveClause ParseRemove()
    {
        var start = Advance();
        var items = new List<RemoveItem>();
        do
        {
            var itemStart = Cur;
            var (target, key) = ParseUpdateTarget();
            if (key is Literal { Value: string name })
            {
                items.Add(new RemovePropertyItem(Pos(itemStart), target, name));
            }
            else if (key is not null)
            {
                items.Add(new RemovePropertyItem(Pos(itemStart), target, "") { DynamicKey = key });
            }
            else if (Is(TokenKind.Colon) || IsKeyword("IS"))
            {
                var variable = RequireVariable(target, itemStart);
                var dynamic = new List<Expression>();
                var names = ParseLabelList("REMOVE", variable, dynamic);
                items.Add(new RemoveLabelsItem(Pos(itemStart), variable, names, dynamic.Count > 0 ? dynamic : null));
            }
            else
            {
                throw Error("'.', ':' or 'IS'");
            }
        }
        while (Accept(TokenKind.Comma));

        return new RemoveClause(Pos(start), items);
    }

    /// <summary>A primary expression and its property/index steps; the last step is returned apart as the key.</summary>
    private (Expression Target, Expression? Key) ParseUpdateTarget()
    {
        var target = ParsePrimary();
        Expression? key = null;
        while (true)
        {
            if (Is(TokenKind.Dot))
            {
                Advance();
                var keyToken = Cur;
                var name = ExpectName("an identifier");
                target = key is null ? target : Step(target, key);
                key = new Literal(Pos(keyToken), name);
            }
            else if (Is(TokenKind.LBracket))
            {
                Advance();
                target = key is null ? target : Step(target, key);
                key = ParseExpression();
                Expect(TokenKind.RBracket, "']'");
            }
            else
            {
                return (target, key);
            }
        }

        static Expression Step(Expression subject, Expression key) => key is Literal { Value: string name } literal
            ? new PropertyAccess(literal.Position, subject, name)
            : new IndexAccess(key.Position, subject, key);
    }

    private string RequireVariable(Expression target, in Token start) => target is Variable variable
        ? variable.Name
        : throw ErrorAt(start, "Invalid input: labels can only be set on or removed from a variable");

    /// <summary>:A:B or IS A: the plain label list of SET and REMOVE (Neo4j allows only one label after IS).</summary>
    /// <summary>:A:B or IS A; a $(expr) label goes to <paramref name="dynamic"/> (Neo4j 5.26 dynamic labels).</summary>
    private List<string> ParseLabelList(string clause, string variable, List<Expression> dynamic)
    {
        var labels = new List<string>();
        if (IsKeyword("IS"))
        {
            var isToken = Advance();
            if (!AcceptDynamicLabel(dynamic)) labels.Add(ExpectName("a label name"));
            if (Is(TokenKind.Colon))
            {
                throw ErrorAt(isToken,
                    $"It is not supported to use the `IS` keyword together with multiple labels in `{clause}`. Rewrite the expression as `{string.Join(", ", CollectLabelNames(labels).Select(l => $"{variable} IS {l}"))}`.");
            }

            return labels;
        }

        while (Accept(TokenKind.Colon))
        {
            if (!AcceptDynamicLabel(dynamic)) labels.Add(ExpectName("a label name"));
        }

        return labels;
    }

    private bool AcceptDynamicLabel(List<Expression> dynamic)
    {
        if (!Is(TokenKind.Dollar) || !IsAhead(1, TokenKind.LParen))
        {
            return false;
        }

        Advance();
        Advance();
        dynamic.Add(ParseExpression());
        Expect(TokenKind.RParen, "')'");
        return true;
    }

    private List<string> CollectLabelNames(List<string> labels)
    {
        while (Accept(TokenKind.Colon) && Cur.IsName)
        {
            labels.Add(NameText(Advance()));
        }

        return labels;
    }

    private DeleteClause ParseDelete()
    {
        var start = Advance();
        var detach = IsKeywordAt(_p - 1, "DETACH");
        if (detach)
        {
            ExpectKeyword("DELETE");
        }

        var targets = new List<Expression>();
        do
        {
            targets.Add(ParseExpression());
        }
        while (Accept(TokenKind.Comma));

        return new DeleteClause(Pos(start), detach, targets);
    }

    private ForeachClause ParseForeach()
    {
        var start = Advance();
        Expect(TokenKind.LParen, "'('");
        Enter();
        var variable = ExpectName("an identifier");
        ExpectKeyword("IN");
        var list = ParseExpression();
        Expect(TokenKind.Pipe, "'|'");
        var body = ParseClauses();
        if (body.Count == 0)
        {
            throw Error("'CREATE', 'DELETE', 'DETACH', 'FOREACH', 'MERGE', 'REMOVE' or 'SET'");
        }

        Expect(TokenKind.RParen, $"')' or an updating clause");
        if (body.FirstOrDefault(c => c is not (CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause)) is { } invalid)
        {
            throw ErrorAt(invalid.Position, $"Invalid use of {ClauseName(invalid)} inside FOREACH");
        }

        Leave();
        return new ForeachClause(Pos(start), variable, list, body);
    }
}
