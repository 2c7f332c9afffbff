namespace Graph.Cypher.Storage.Fulltext;

/// <summary>
/// Parses Lucene classic query syntax: terms, "phrases", AND / OR / NOT / &amp;&amp; / || / ! / + / -,
/// default operator OR, term*, term~[n], field:term, parentheses and backslash escapes. As in
/// Lucene's QueryParser, AND makes both neighbours required and NOT makes the next clause prohibited.
/// </summary>
internal sealed class FulltextQueryParser
{
    private readonly string _text;
    private int _pos;
    private int _depth;

    private FulltextQueryParser(string text) => _text = text;

    public static FulltextQuery Parse(string text)
    {
        var parser = new FulltextQueryParser(text);
        var query = parser.ParseClauses(topLevel: true);
        return query;
    }

    private FulltextQuery ParseClauses(bool topLevel)
    {
        var clauses = new List<(Occur Occur, FulltextQuery Query)>();
        var pendingAnd = false;
        var pendingConjunction = false;
        while (true)
        {
            SkipSpace();
            if (AtEnd)
            {
                if (!topLevel)
                {
                    throw Malformed("missing closing parenthesis");
                }

                break;
            }

            if (Peek == ')')
            {
                if (topLevel)
                {
                    throw Malformed($"unexpected ')' at position {_pos + 1}");
                }

                break;
            }

            if (TryKeyword("AND") || TryOperator("&&"))
            {
                RequireClauseBefore(clauses, "AND");
                pendingAnd = true;
                pendingConjunction = true;
                continue;
            }

            if (TryKeyword("OR") || TryOperator("||"))
            {
                RequireClauseBefore(clauses, "OR");
                pendingConjunction = true;
                continue;
            }

            var occur = Occur.Should;
            if (TryKeyword("NOT") || TryOperator("!") || TryOperator("-"))
            {
                occur = Occur.MustNot;
            }
            else if (TryOperator("+"))
            {
                occur = Occur.Must;
            }

            SkipSpace();
            if (AtEnd || Peek == ')')
            {
                throw Malformed("an operator is missing its operand");
            }

            var clause = ParseClause();
            if (pendingAnd)
            {
                // Lucene: "a AND b" makes the previous clause required too (unless prohibited).
                var last = clauses[^1];
                if (last.Occur == Occur.Should)
                {
                    clauses[^1] = (Occur.Must, last.Query);
                }

                if (occur == Occur.Should)
                {
                    occur = Occur.Must;
                }
            }

            clauses.Add((occur, clause));
            pendingAnd = false;
            pendingConjunction = false;
        }

        if (pendingConjunction)
        {
            throw Malformed("AND/OR must be followed by a term");
        }

        if (clauses.Count == 0)
        {
            throw Malformed(topLevel ? "the query is empty" : "empty parentheses");
        }

        return clauses.Count == 1 && clauses[0].Occur == Occur.Should ? clauses[0].Query : new BooleanQuery(clauses);
    }

    private FulltextQuery ParseClause()
    {
        string? field = null;
        var start = _pos;
        if (Peek != '(' && Peek != '"')
        {
            var word = ReadWord(out _);
            SkipSpace();
            if (!AtEnd && Peek == ':' && word.Length > 0)
            {
                _pos++;
                field = word;
                SkipSpace();
                if (AtEnd || Peek == ')' || char.IsWhiteSpace(Peek))
                {
                    throw Malformed($"field '{field}' has no term");
                }
            }
            else
            {
                _pos = start;
            }
        }

        if (Peek == '(')
        {
            _pos++;
            if (++_depth > 100)
            {
                throw Malformed("too deeply nested");
            }

            var inner = ParseClauses(topLevel: false);
            _depth--;
            _pos++; // the ')'
            return field is null ? inner : Scope(inner, field);
        }

        if (Peek == '"')
        {
            return ParsePhrase(field);
        }

        return ParseTerm(field);
    }

    private FulltextQuery ParsePhrase(string? field)
    {
        _pos++;
        var end = _text.IndexOf('"', _pos);
        if (end < 0)
        {
            throw Malformed("unterminated phrase (missing closing quote)");
        }

        var terms = StandardAnalyzer.Tokenize(_text[_pos..end]);
        _pos = end + 1;
        SkipSlop();
        return terms.Count switch
        {
            0 => new EmptyQuery(),
            1 => new TermQuery(field, terms[0]),
            _ => new PhraseQuery(field, terms),
        };
    }

    private FulltextQuery ParseTerm(string? field)
    {
        var word = ReadWord(out var wildcard);
        if (word.Length == 0)
        {
            throw Malformed($"unexpected '{Peek}' at position {_pos + 1}");
        }

        if (word.StartsWith('*') || word.StartsWith('?'))
        {
            throw Malformed("a leading wildcard ('*' or '?') is not allowed");
        }

        if (!AtEnd && Peek == '~')
        {
            _pos++;
            var edits = 2;
            var digits = _pos;
            while (!AtEnd && (char.IsDigit(Peek) || Peek == '.'))
            {
                _pos++;
            }

            if (_pos > digits)
            {
                if (!double.TryParse(_text[digits.._pos], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) || d > 2)
                {
                    throw Malformed("fuzzy edit distance must be 0, 1 or 2");
                }

                edits = d < 1 && d > 0 ? 1 : (int)d;
            }

            return new FuzzyQuery(field, StandardAnalyzer.Normalize(word), edits);
        }

        if (wildcard)
        {
            if (word.EndsWith('*') && word.IndexOfAny(['*', '?']) == word.Length - 1)
            {
                return new PrefixQuery(field, StandardAnalyzer.Normalize(word[..^1]));
            }

            throw Malformed("only trailing '*' wildcards are supported");
        }

        var tokens = StandardAnalyzer.Tokenize(word);
        return tokens.Count switch
        {
            0 => new EmptyQuery(),
            1 => new TermQuery(field, tokens[0]),
            _ => new PhraseQuery(field, tokens),
        };
    }

    private static FulltextQuery Scope(FulltextQuery query, string field) => query switch
    {
        TermQuery t => t with { Field = t.Field ?? field },
        PrefixQuery p => p with { Field = p.Field ?? field },
        FuzzyQuery f => f with { Field = f.Field ?? field },
        PhraseQuery p => p with { Field = p.Field ?? field },
        BooleanQuery b => new BooleanQuery(b.Clauses.Select(c => (c.Occur, Scope(c.Query, field))).ToList()),
        _ => query,
    };

    private string ReadWord(out bool wildcard)
    {
        wildcard = false;
        var chars = new System.Text.StringBuilder();
        while (!AtEnd)
        {
            var c = Peek;
            if (c == '\\')
            {
                if (_pos + 1 >= _text.Length)
                {
                    throw Malformed("the query ends with a lone backslash");
                }

                chars.Append(_text[_pos + 1]);
                _pos += 2;
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '(' or ')' or ':' or '"' or '~' or '^' or '[' or ']' or '{' or '}')
            {
                if (c is '[' or ']' or '{' or '}' or '^')
                {
                    throw Malformed($"unsupported syntax '{c}' at position {_pos + 1}");
                }

                break;
            }

            if (c is '*' or '?')
            {
                wildcard = true;
            }

            chars.Append(c);
            _pos++;
        }

        return chars.ToString();
    }

    private void SkipSlop()
    {
        if (!AtEnd && Peek == '~')
        {
            _pos++;
            while (!AtEnd && char.IsDigit(Peek))
            {
                _pos++;
            }
        }
    }

    private bool TryKeyword(string keyword)
    {
        if (string.CompareOrdinal(_text, _pos, keyword, 0, keyword.Length) != 0)
        {
            return false;
        }

        var after = _pos + keyword.Length;
        if (after < _text.Length && !char.IsWhiteSpace(_text[after]) && _text[after] != '(' && _text[after] != '"')
        {
            return false;
        }

        _pos = after;
        return true;
    }

    private bool TryOperator(string op)
    {
        if (string.CompareOrdinal(_text, _pos, op, 0, op.Length) != 0)
        {
            return false;
        }

        _pos += op.Length;
        return true;
    }

    private void RequireClauseBefore(List<(Occur, FulltextQuery)> clauses, string op)
    {
        if (clauses.Count == 0)
        {
            throw Malformed($"{op} must follow a term");
        }
    }

    private void SkipSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(Peek))
        {
            _pos++;
        }
    }

    private bool AtEnd => _pos >= _text.Length;

    private char Peek => _text[_pos];

    private FulltextSyntaxException Malformed(string reason) => new($"Cannot parse '{_text}': {reason}");
}
