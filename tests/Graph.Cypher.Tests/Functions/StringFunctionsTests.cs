using Graph.Core.Errors;
using static Graph.Cypher.Tests.Functions.Call;

namespace Graph.Cypher.Tests.Functions;

// Locks down the string functions against the manual's "String functions" examples and error rules.
public class StringFunctionsTests
{
    [Fact]
    public void Manual_examples()
    {
        Assert.Equal("hel", Fn("left", "hello", 3L));
        Assert.Equal("llo", Fn("right", "hello", 3L));
        Assert.Equal("hello", Fn("ltrim", "   hello"));
        Assert.Equal("hello", Fn("rtrim", "hello   "));
        Assert.Equal("hello", Fn("trim", "   hello   "));
        Assert.Equal("hewwo", Fn("replace", "hello", "l", "w"));
        Assert.Equal("margana", Fn("reverse", "anagram"));
        Assert.Equal(L("one", "two"), Fn("split", "one,two", ","));
        Assert.Equal("ell", Fn("substring", "hello", 1L, 3L));
        Assert.Equal("llo", Fn("substring", "hello", 2L));
        Assert.Equal("hello", Fn("toLower", "HELLO"));
        Assert.Equal("HELLO", Fn("toUpper", "hello"));
        Assert.Equal("HELLO", Fn("upper", "hello"));
        Assert.Equal("hello", Fn("lower", "HELLO"));
        Assert.Equal("\u00C5", Fn("normalize", "\u212B"));
        Assert.Equal("\u003C", Fn("normalize", "\uFE64", "NFKC"));
    }

    [Fact]
    public void Function_names_are_case_insensitive()
    {
        Assert.Equal("HELLO", Fn("TOUPPER", "hello"));
        Assert.Equal("hello", Fn("tolower", "HeLLo"));
    }

    [Fact]
    public void Null_string_gives_null()
    {
        Assert.Null(Fn("left", null, 3L));
        Assert.Null(Fn("left", null, null));
        Assert.Null(Fn("substring", null, 1L));
        Assert.Null(Fn("replace", "a", null, "b"));
        Assert.Null(Fn("split", null, ","));
        Assert.Null(Fn("split", "a", null));
        Assert.Null(Fn("toLower", null));
        Assert.Null(Fn("trim", null));
    }

    [Fact]
    public void Left_with_null_or_negative_length_raises()
    {
        Assert.Throws<Graph.Core.Errors.GraphException>(() => Fn("left", "hello", null));
        Assert.Equal(ErrorCodes.ArgumentError, Assert.Throws<GraphException>(() => Fn("right", "hello", -1L)).Code);
        Assert.Equal(ErrorCodes.ArgumentError, Assert.Throws<GraphException>(() => Fn("substring", "hello", -1L)).Code);
        Assert.Equal(ErrorCodes.ArgumentError, Assert.Throws<GraphException>(() => Fn("substring", "hello", 0L, -2L)).Code);
        Assert.Throws<GraphException>(() => Fn("substring", "hello", null));
    }

    [Fact]
    public void Lengths_beyond_the_string_are_clamped()
    {
        Assert.Equal("hello", Fn("left", "hello", 10L));
        Assert.Equal("hello", Fn("right", "hello", 10L));
        Assert.Equal("", Fn("substring", "hello", 10L));
        Assert.Equal("", Fn("substring", "hello", 1L, 0L));
    }

    [Fact]
    public void Strings_are_measured_in_code_points()
    {
        const string face = "a\U0001F600b";
        Assert.Equal(3L, Fn("size", face));
        Assert.Equal(3L, Fn("char_length", face));
        Assert.Equal(3L, Fn("character_length", face));
        Assert.Equal("\U0001F600", Fn("substring", face, 1L, 1L));
        Assert.Equal("b\U0001F600a", Fn("reverse", face));
    }

    [Fact]
    public void Non_string_arguments_are_type_errors()
    {
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => Fn("toUpper", 1L)).Code);
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => Fn("replace", "a", 1L, "b")).Code);
    }

    [Fact]
    public void Split_keeps_empty_pieces_and_accepts_several_delimiters()
    {
        Assert.Equal(L("a", "", "b", ""), Fn("split", "a,,b,", ","));
        Assert.Equal(L("a", "b", "c"), Fn("split", "a,b;c", L(",", ";")));
        Assert.Equal(L("a", "b", "c"), Fn("split", "abc", ""));
    }

    [Fact]
    public void Trim_variants_with_characters()
    {
        Assert.Equal("hello", Fn("btrim", "xxhelloxx", "x"));
        Assert.Equal("helloxx", Fn("ltrim", "xxhelloxx", "x"));
        Assert.Equal("xxhello", Fn("rtrim", "xxhelloxx", "x"));
        // Java's whitespace excludes the no-break space.
        Assert.Equal("\u00A0a", Fn("trim", " \u00A0a\t\n"));
    }

    [Fact]
    public void Replace_with_empty_search_inserts_between_characters_as_java_does()
    {
        Assert.Equal("-a-b-", Fn("replace", "ab", "", "-"));
    }

    [Fact]
    public void Normalize_rejects_unknown_forms()
    {
        Assert.Equal(ErrorCodes.ArgumentError, Assert.Throws<GraphException>(() => Fn("normalize", "a", "NFX")).Code);
        Assert.Null(Fn("normalize", null, "NFC"));
    }
}
