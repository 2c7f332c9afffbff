using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>Schema commands: CREATE/DROP INDEX and CONSTRAINT, SHOW INDEXES/CONSTRAINTS/PROCEDURES/FUNCTIONS.</summary>
internal sealed partial class Parser
{
    private static readonly string[] OtherIndexKinds = ["LOOKUP", "VECTOR", "BTREE"];

    /// <summary>CREATE followed by an index or constraint keyword (and not a path assignment such as index = (a)).</summary>
    private bool IsSchemaCreate()
    {
        if (IsAhead(2, TokenKind.Equal))
        {
            return false;
        }

        return IsKeywordAhead(1, "INDEX") || IsKeywordAhead(1, "CONSTRAINT") || IsKeywordAhead(1, "RANGE") || IsKeywordAhead(1, "POINT")
            || IsKeywordAhead(1, "FULLTEXT") || OtherIndexKinds.Any(kind => IsKeywordAhead(1, kind))
            || IsKeywordAhead(1, "TEXT") || (IsKeywordAhead(1, "OR") && IsKeywordAhead(2, "REPLACE"));
    }

    private Statement ParseCreateSchema()
    {
        var start = Advance();
        if (IsKeyword("OR"))
        {
            throw Unsupported(Cur, "CREATE OR REPLACE");
        }

        if (AcceptKeyword("CONSTRAINT"))
        {
            return ParseCreateConstraint(start);
        }

        if (AcceptKeyword("FULLTEXT"))
        {
            ExpectKeyword("INDEX");
            return ParseCreateFulltextIndex(start);
        }

        if (IsKeyword("POINT") && IsKeywordAhead(1, "INDEX"))
        {
            return ParseSinglePropertyIndex(start, "point") with { Point = true };
        }

        if (IsKeyword("TEXT") && IsKeywordAhead(1, "INDEX"))
        {
            return ParseSinglePropertyIndex(start, "text") with { Text = true };
        }

        foreach (var kind in OtherIndexKinds)
        {
            if (IsKeyword(kind))
            {
                throw Unsupported(Cur, $"{kind} INDEX");
            }
        }

        AcceptKeyword("RANGE");
        ExpectKeyword("INDEX");
        return ParseCreateRangeIndex(start);
    }

    /// <summary>[name] [IF NOT EXISTS]; a name is absent when IF NOT EXISTS or FOR ( follows directly.</summary>
    private (string? Name, bool IfNotExists, string? NameParameter) ParseSchemaNameAndIfNotExists()
    {
        string? name = null;
        string? parameter = null;
        var startsClause = (IsKeyword("IF") && IsKeywordAhead(1, "NOT")) || (IsKeyword("FOR") && IsAhead(1, TokenKind.LParen))
            || (IsKeyword("ON") && IsAhead(1, TokenKind.LParen));
        if (!startsClause)
        {
            if (Accept(TokenKind.Dollar))
            {
                parameter = ExpectName("a parameter name");
            }
            else
            {
                name = ExpectName("a name, 'IF NOT EXISTS' or 'FOR'");
            }
        }

        var ifNotExists = false;
        if (AcceptKeyword("IF"))
        {
            ExpectKeyword("NOT");
            ExpectKeyword("EXISTS");
            ifNotExists = true;
        }

        return (name, ifNotExists, parameter);
    }

    /// <summary>POINT INDEX or TEXT INDEX (the kind keyword is current): the range index form over exactly one property.</summary>
    private CreateIndex ParseSinglePropertyIndex(in Token start, string kind)
    {
        var keyword = Advance();
        Advance();
        var index = ParseCreateRangeIndex(start);
        if (index.Properties.Count != 1) throw ErrorAt(keyword, $"Only single property {kind} indexes are supported");
        return index;
    }

    private CreateIndex ParseCreateRangeIndex(in Token start)
    {
        var (name, ifNotExists, nameParameter) = ParseSchemaNameAndIfNotExists();
        ExpectKeyword("FOR");
        var (forRelationships, variable, labels) = ParseSchemaTarget(allowAlternatives: false);
        ExpectKeyword("ON");
        Expect(TokenKind.LParen, "'('");
        var properties = new List<string>();
        do
        {
            properties.Add(ParseSchemaProperty(variable));
        }
        while (Accept(TokenKind.Comma));

        Expect(TokenKind.RParen, "',' or ')'");
        var options = ParseSchemaOptions();
        return new CreateIndex(Pos(start), name, ifNotExists, forRelationships, variable, labels[0], properties, options, nameParameter);
    }

    private CreateFulltextIndex ParseCreateFulltextIndex(in Token start)
    {
        var (name, ifNotExists, nameParameter) = ParseSchemaNameAndIfNotExists();
        ExpectKeyword("FOR");
        var (forRelationships, variable, labels) = ParseSchemaTarget(allowAlternatives: true);
        ExpectKeyword("ON");
        ExpectKeyword("EACH");
        Expect(TokenKind.LBracket, "'['");
        var properties = new List<string>();
        do
        {
            properties.Add(ParseSchemaProperty(variable));
        }
        while (Accept(TokenKind.Comma));

        Expect(TokenKind.RBracket, "',' or ']'");
        var options = ParseSchemaOptions();
        return new CreateFulltextIndex(Pos(start), name, ifNotExists, forRelationships, variable, labels, properties, options, nameParameter);
    }

    private CreateConstraint ParseCreateConstraint(in Token start)
    {
        var (name, ifNotExists, nameParameter) = ParseSchemaNameAndIfNotExists();
        if (IsKeyword("ON"))
        {
            throw ErrorAt(Cur, "Invalid constraint syntax, ON and ASSERT should not be used in combination with FOR and REQUIRE; use FOR … REQUIRE");
        }

        ExpectKeyword("FOR");
        var (forRelationships, variable, labels) = ParseSchemaTarget(allowAlternatives: false);
        if (IsKeyword("ASSERT"))
        {
            throw ErrorAt(Cur, "Invalid input 'ASSERT': expected 'REQUIRE'");
        }

        ExpectKeyword("REQUIRE");
        var properties = new List<string>();
        if (Accept(TokenKind.LParen))
        {
            do
            {
                properties.Add(ParseSchemaProperty(variable));
            }
            while (Accept(TokenKind.Comma));

            Expect(TokenKind.RParen, "',' or ')'");
        }
        else
        {
            properties.Add(ParseSchemaProperty(variable));
        }

        var kindToken = Cur;
        CypherType? propertyType = null;
        var kind = IsPropertyTypeConstraint() ? ConstraintKind.PropertyType : ParseConstraintKind(forRelationships);
        if (kind == ConstraintKind.PropertyType)
        {
            if (properties.Count > 1) throw ErrorAt(kindToken, "Constraint type 'IS TYPED' does not allow multiple properties");
            propertyType = ParsePropertyType(forRelationships);
        }

        var options = ParseSchemaOptions();
        return new CreateConstraint(Pos(start), name, ifNotExists, forRelationships, variable, labels[0], properties, kind, options, nameParameter)
        {
            PropertyType = propertyType,
        };
    }

    /// <summary>:: T, IS :: T or IS TYPED T follows: a property type constraint.</summary>
    private bool IsPropertyTypeConstraint() =>
        Is(TokenKind.ColonColon) || (IsKeyword("IS") && (IsAhead(1, TokenKind.ColonColon) || IsKeywordAhead(1, "TYPED")));

    /// <summary>
    /// The type after ::, IS :: or IS TYPED: one of the property types, LIST&lt;T NOT NULL&gt; of one, or a union of
    /// those; NOT NULL only inside lists (Cypher manual, "Property type constraints").
    /// </summary>
    private CypherType ParsePropertyType(bool forRelationships)
    {
        AcceptKeyword("IS");
        if (!Accept(TokenKind.ColonColon)) ExpectKeyword("TYPED");
        var at = Cur;
        var type = ParseCypherType();
        foreach (var alternative in type.Union ?? [type])
        {
            var element = alternative.Element;
            var valid = !alternative.NotNull && (alternative.Kind == CypherTypeKind.List
                ? element is { NotNull: true, Kind: not CypherTypeKind.List } && Storable(element.Kind)
                : Storable(alternative.Kind));
            if (!valid)
            {
                throw ErrorAt(at, $"Failed to create {(forRelationships ? "relationship" : "node")} property type constraint: Invalid property type `{type}`.");
            }
        }

        return type;
    }

    private static bool Storable(CypherTypeKind kind) => kind is CypherTypeKind.Boolean or CypherTypeKind.String or CypherTypeKind.Integer
        or CypherTypeKind.Float or CypherTypeKind.Date or CypherTypeKind.LocalTime or CypherTypeKind.ZonedTime or CypherTypeKind.LocalDateTime
        or CypherTypeKind.ZonedDateTime or CypherTypeKind.Duration or CypherTypeKind.Point;

    /// <summary>IS [NODE|REL|RELATIONSHIP] UNIQUE, IS [NODE|REL|RELATIONSHIP] KEY, IS NOT NULL.</summary>
    private ConstraintKind ParseConstraintKind(bool forRelationships)
    {
        ExpectKeyword("IS");
        if (AcceptKeyword("NOT"))
        {
            ExpectKeyword("NULL");
            return ConstraintKind.NotNull;
        }

        var entityToken = Cur;
        var saidNode = AcceptKeyword("NODE");
        var saidRelationship = !saidNode && (AcceptKeyword("RELATIONSHIP") || AcceptKeyword("REL"));
        if ((saidNode && forRelationships) || (saidRelationship && !forRelationships))
        {
            throw ErrorAt(entityToken, $"Invalid input '{SyntaxErrors.Describe(_src, entityToken)}': the constraint target and its kind disagree about node or relationship");
        }

        if (AcceptKeyword("UNIQUE"))
        {
            return ConstraintKind.Unique;
        }

        if (AcceptKeyword("KEY"))
        {
            return ConstraintKind.NodeKey;
        }

        throw Error(saidNode || saidRelationship ? "'KEY' or 'UNIQUE'" : "'KEY', 'NODE', 'NOT NULL', 'RELATIONSHIP', 'TYPED' or 'UNIQUE'");
    }

    /// <summary>(n:Label) or ()-[r:TYPE]-() with any arrow; fulltext allows A|B alternatives.</summary>
    private (bool ForRelationships, string Variable, List<string> Labels) ParseSchemaTarget(bool allowAlternatives)
    {
        Expect(TokenKind.LParen, "'('");
        if (Accept(TokenKind.RParen))
        {
            Accept(TokenKind.Less);
            Expect(TokenKind.Minus, "'-' or '<-'");
            Expect(TokenKind.LBracket, "'['");
            var relVariable = ExpectName("a variable name");
            var types = ParseSchemaLabels(allowAlternatives, "a relationship type name");
            Expect(TokenKind.RBracket, allowAlternatives ? "'|' or ']'" : "']'");
            Expect(TokenKind.Minus, "'-'");
            Accept(TokenKind.Greater);
            Expect(TokenKind.LParen, "'('");
            Expect(TokenKind.RParen, "')'");
            return (true, relVariable, types);
        }

        var variable = ExpectName("a variable name or ')'");
        var labels = ParseSchemaLabels(allowAlternatives, "a label name");
        Expect(TokenKind.RParen, allowAlternatives ? "'|' or ')'" : "')'");
        return (false, variable, labels);
    }

    private List<string> ParseSchemaLabels(bool allowAlternatives, string what)
    {
        Expect(TokenKind.Colon, "':'");
        var names = new List<string> { ExpectName(what) };
        while (allowAlternatives && Accept(TokenKind.Pipe))
        {
            Accept(TokenKind.Colon);
            names.Add(ExpectName(what));
        }

        return names;
    }

    /// <summary>variable.property; the variable must be the one the target declared.</summary>
    private string ParseSchemaProperty(string variable)
    {
        var subject = Cur;
        var name = ExpectName("a property expression such as n.prop");
        if (name != variable)
        {
            throw ErrorAt(subject, $"Variable `{name}` not defined");
        }

        Expect(TokenKind.Dot, "'.'");
        return ExpectName("a property key name");
    }

    private Expression? ParseSchemaOptions()
    {
        if (!AcceptKeyword("OPTIONS"))
        {
            return null;
        }

        return Is(TokenKind.Dollar) ? ParseParameter() : ParseMapLiteral();
    }

    private Statement ParseDrop()
    {
        var start = Advance();
        var isIndex = AcceptKeyword("INDEX");
        if (!isIndex && !AcceptKeyword("CONSTRAINT"))
        {
            throw Error("'CONSTRAINT' or 'INDEX'");
        }

        string? nameParameter = Accept(TokenKind.Dollar) ? ExpectName("a parameter name") : null;
        var name = nameParameter ?? ExpectName(isIndex ? "an index name" : "a constraint name");
        var ifExists = false;
        if (AcceptKeyword("IF"))
        {
            ExpectKeyword("EXISTS");
            ifExists = true;
        }

        return isIndex ? new DropIndex(Pos(start), name, ifExists, nameParameter) : new DropConstraint(Pos(start), name, ifExists, nameParameter);
    }
}
