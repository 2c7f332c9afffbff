using Graph.Core.Errors;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>
/// The pre-parser part of a statement: any mix of <c>CYPHER [version] [name=value …]</c>, <c>EXPLAIN</c> and
/// <c>PROFILE</c> in front of it, in any order, as Neo4j 5 accepts them.
/// </summary>
internal sealed partial class Parser
{
    private sealed class Prefix
    {
        public string? Version { get; set; }

        public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

        public Token? Explain { get; set; }

        public bool Profile { get; set; }
    }

    private Prefix ParsePrefix()
    {
        var prefix = new Prefix();
        while (true)
        {
            if (IsKeyword("CYPHER"))
            {
                Advance();
                ParseCypherOptions(prefix);
            }
            else if (IsKeyword("EXPLAIN") || IsKeyword("PROFILE"))
            {
                var profile = IsKeyword("PROFILE");
                var token = Advance();
                if (prefix.Explain is not null && prefix.Profile != profile)
                {
                    throw new GraphException(ErrorCodes.ArgumentError, "Can't mix PROFILE and EXPLAIN", ErrorPhase.Compile);
                }

                prefix.Explain ??= token;
                prefix.Profile = profile;
            }
            else
            {
                return prefix;
            }
        }
    }

    private void ParseCypherOptions(Prefix prefix)
    {
        if (Is(TokenKind.Integer) || Is(TokenKind.Float))
        {
            var token = Advance();
            var version = _src[token.Start..token.End];
            if (!CypherOptionCatalog.Versions.Contains(version))
            {
                throw ErrorAt(token, $"Invalid Cypher version '{version}'. Valid versions are: {string.Join(", ", CypherOptionCatalog.Versions)}");
            }

            if (prefix.Version is not null && prefix.Version != version)
            {
                throw new GraphException(ErrorCodes.ArgumentError, "Can't specify multiple conflicting Cypher versions", ErrorPhase.Compile);
            }

            prefix.Version = version;
        }

        while (Cur.IsName && IsAhead(1, TokenKind.Equal))
        {
            var name = NameText(Advance());
            Advance();
            if (!Cur.IsName && !Is(TokenKind.Integer))
            {
                throw Error("an option value");
            }

            var value = CypherOptionCatalog.Check(name, _src[Cur.Start..Cur.End]);
            Advance();
            var key = name.ToLowerInvariant();
            if (prefix.Values.TryGetValue(key, out var earlier) && earlier != value)
            {
                throw new GraphException(ErrorCodes.ArgumentError, $"Can't specify multiple conflicting values for {name}", ErrorPhase.Compile);
            }

            prefix.Values[key] = value;
        }
    }

    private static Statement WithPrefix(Prefix prefix, Statement statement)
    {
        var options = prefix.Version is null && prefix.Values.Count == 0 ? QueryOptions.None : new QueryOptions(prefix.Version, prefix.Values);
        var outer = prefix.Explain is { } explain ? new ExplainStatement(Pos(explain), statement, prefix.Profile) : statement;
        return options.IsEmpty ? outer : outer with { QueryOptions = options };
    }
}
