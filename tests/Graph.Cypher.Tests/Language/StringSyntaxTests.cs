using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// normalize(s, form), IS [form] NORMALIZED and trim([BOTH|LEADING|TRAILING] [c] FROM s), as the Cypher manual's
// string functions and operators show them.
public sealed class StringSyntaxTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Normalize_composes_by_default() => Assert.Equal(true, _db.Scalar("RETURN normalize('\\u212B') = '\\u00C5' AS result"));

    [Fact]
    public void Normalize_takes_the_form_as_a_keyword() => Assert.Equal("A\u030A", _db.Scalar("RETURN normalize('\\u212B', NFD) AS result"));

    [Fact]
    public void Nfkc_folds_compatibility_characters() => Assert.Equal("<", _db.Scalar("RETURN normalize('\\uFE64', NFKC) AS result"));

    [Fact]
    public void Is_normalized_tests_each_form()
    {
        var row = _db.Run("RETURN '\\u00C5' IS NORMALIZED AS nfc, '\\u00C5' IS NFD NORMALIZED AS nfd, 'A\\u030A' IS NOT NFC NORMALIZED AS notNfc, 1 IS NORMALIZED AS number").Records.Single();
        Assert.Equal([true, false, true, null], row.Values);
    }

    [Fact]
    public void Trim_from_takes_a_side_and_a_character()
    {
        var row = _db.Run("RETURN trim(BOTH 'x' FROM 'xxhixx') AS both, trim(LEADING 'x' FROM 'xxhixx') AS leading, trim(TRAILING 'x' FROM 'xxhixx') AS trailing, trim(' hi ') AS plain, trim(FROM ' hi ') AS fromOnly").Records.Single();
        Assert.Equal(["hi", "hixx", "xxhi", "hi", "hi"], row.Values);
    }

    [Fact]
    public void Trim_characters_must_be_one_character()
    {
        var error = Assert.Throws<Graph.Core.Errors.GraphException>(() => _db.Run("RETURN trim(BOTH 'xy' FROM 'xyhixy')"));
        Assert.Equal("Neo.ClientError.Statement.ArgumentError", error.Code);
    }

    [Fact]
    public void Btrim_ltrim_and_rtrim_take_characters()
    {
        var row = _db.Run("RETURN btrim('xyhiyx', 'xy') AS b, ltrim('xxhi', 'x') AS l, rtrim('hixx', 'x') AS r").Records.Single();
        Assert.Equal(["hi", "hi", "hi"], row.Values);
    }
}
