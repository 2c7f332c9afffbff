using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>
/// Types as type predicates (<c>x IS :: INTEGER NOT NULL</c>) and property type constraints write them: the
/// names and synonyms of the Cypher manual's "Types and their synonyms", closed unions (<c>A | B</c>,
/// <c>ANY&lt;A | B&gt;</c>), lists (<c>LIST&lt;T&gt;</c>, <c>T ARRAY</c>) and <c>NOT NULL</c> / <c>!</c>.
/// </summary>
internal sealed partial class Parser
{
    private const string TypeNames =
        "'ANY', 'ARRAY', 'BOOL', 'BOOLEAN', 'DATE', 'DURATION', 'EDGE', 'FLOAT', 'INT', 'INTEGER', 'LIST', 'LOCAL', 'MAP', 'NODE', 'NOTHING', 'NULL', "
        + "'PATH', 'POINT', 'PROPERTY', 'RELATIONSHIP', 'SIGNED', 'STRING', 'TIME', 'TIMESTAMP', 'VARCHAR', 'VERTEX' or 'ZONED'";

    private CypherType ParseCypherType()
    {
        var start = Cur;
        var parts = new List<CypherType> { ParseTypePart() };
        while (Accept(TokenKind.Pipe)) parts.Add(ParseTypePart());
        // Neo4j refuses a union that mixes NOT NULL members with nullable ones (INTEGER NOT NULL | FLOAT).
        if (parts.Count > 1 && parts.Any(p => p.NotNull) && parts.Any(p => !p.NotNull && p.Kind is not (CypherTypeKind.Nothing or CypherTypeKind.Null)))
        {
            throw ErrorAt(start, "All types in a Closed Dynamic Union must be nullable, or be appended with `NOT NULL`.");
        }
        return Union(parts);
    }

    private static CypherType Union(List<CypherType> parts)
    {
        var flat = parts.SelectMany(p => p.Union ?? [p]).Distinct().ToList();
        if (flat.Count == 1) return flat[0];
        // A union includes null when any member does (Neo4j normalizes the NOT NULL of the others away).
        var notNull = flat.All(p => p.NotNull || p.Kind == CypherTypeKind.Nothing);
        return new CypherType(CypherTypeKind.Any, notNull, Union: flat);
    }

    private CypherType ParseTypePart()
    {
        var type = ParseTypeName();
        type = WithNullability(type);
        while (IsKeyword("LIST") || IsKeyword("ARRAY"))
        {
            Advance();
            type = WithNullability(new CypherType(CypherTypeKind.List, false, type));
        }
        return type;
    }

    private CypherType WithNullability(CypherType type)
    {
        if (IsKeyword("NOT") && IsKeywordAhead(1, "NULL"))
        {
            _p += 2;
            return type with { NotNull = true };
        }
        return Accept(TokenKind.Bang) ? type with { NotNull = true } : type;
    }

    private CypherType ParseTypeName()
    {
        if (!Cur.IsName) throw Error(TypeNames);
        var word = SyntaxErrors.Describe(_src, Cur).ToUpperInvariant();
        Advance();
        switch (word)
        {
            case "NOTHING": return Simple(CypherTypeKind.Nothing, notNull: true);
            case "NULL": return Simple(CypherTypeKind.Null);
            case "BOOL" or "BOOLEAN": return Simple(CypherTypeKind.Boolean);
            case "VARCHAR" or "STRING": return Simple(CypherTypeKind.String);
            case "INT" or "INTEGER": return Simple(CypherTypeKind.Integer);
            case "SIGNED":
                ExpectKeyword("INTEGER");
                return Simple(CypherTypeKind.Integer);
            case "FLOAT": return Simple(CypherTypeKind.Float);
            case "DATE": return Simple(CypherTypeKind.Date);
            case "LOCAL":
                if (AcceptKeyword("TIME")) return Simple(CypherTypeKind.LocalTime);
                ExpectKeyword("DATETIME");
                return Simple(CypherTypeKind.LocalDateTime);
            case "ZONED":
                if (AcceptKeyword("TIME")) return Simple(CypherTypeKind.ZonedTime);
                ExpectKeyword("DATETIME");
                return Simple(CypherTypeKind.ZonedDateTime);
            case "TIME" or "TIMESTAMP":
            {
                var zoned = !AcceptKeyword("WITHOUT");
                if (zoned) ExpectKeyword("WITH");
                ExpectKeyword("TIME");
                ExpectKeyword("ZONE");
                return word == "TIME"
                    ? Simple(zoned ? CypherTypeKind.ZonedTime : CypherTypeKind.LocalTime)
                    : Simple(zoned ? CypherTypeKind.ZonedDateTime : CypherTypeKind.LocalDateTime);
            }
            case "DURATION": return Simple(CypherTypeKind.Duration);
            case "POINT": return Simple(CypherTypeKind.Point);
            case "NODE" or "VERTEX": return Simple(CypherTypeKind.Node);
            case "RELATIONSHIP" or "EDGE": return Simple(CypherTypeKind.Relationship);
            case "MAP": return Simple(CypherTypeKind.Map);
            case "PATH": return Simple(CypherTypeKind.Path);
            case "PROPERTY":
                ExpectKeyword("VALUE");
                return Simple(CypherTypeKind.PropertyValue);
            case "LIST" or "ARRAY": return new CypherType(CypherTypeKind.List, false, ParseAngled());
            case "ANY": return ParseAnyType();
            default:
                _p--;
                throw Error(TypeNames);
        }
    }

    /// <summary>ANY, ANY VALUE, ANY NODE, …, ANY PROPERTY VALUE, ANY&lt;union&gt;, ANY VALUE&lt;union&gt;.</summary>
    private CypherType ParseAnyType()
    {
        if (AcceptKeyword("NODE") || AcceptKeyword("VERTEX")) return Simple(CypherTypeKind.Node);
        if (AcceptKeyword("RELATIONSHIP") || AcceptKeyword("EDGE")) return Simple(CypherTypeKind.Relationship);
        if (AcceptKeyword("MAP")) return Simple(CypherTypeKind.Map);
        if (IsKeyword("PROPERTY") && IsKeywordAhead(1, "VALUE"))
        {
            _p += 2;
            return Simple(CypherTypeKind.PropertyValue);
        }
        AcceptKeyword("VALUE");
        return Is(TokenKind.Less) ? ParseAngled() : Simple(CypherTypeKind.Any);
    }

    private CypherType ParseAngled()
    {
        Expect(TokenKind.Less, "'<'");
        var inner = ParseCypherType();
        Expect(TokenKind.Greater, "'>'");
        return inner;
    }

    private static CypherType Simple(CypherTypeKind kind, bool notNull = false) => new(kind, notNull);
}
