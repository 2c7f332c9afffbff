using Graph.Core.Scripts;

namespace Graph.Core.Tests.Scripts;

public sealed class QueryFileHeaderTests
{
    [Fact]
    public void ReadsQuestionAndParamsFromTheOpeningComments()
    {
        var header = QueryFileHeader.Read("// Question: Who leads what?\n\n// params: {\"id\": \"kz\"}\nMATCH (n) RETURN n");

        Assert.Equal("Who leads what?", header.Question);
        Assert.Equal("{\"id\": \"kz\"}", header.ParamsJson);
    }

    [Fact]
    public void AParamsCommentAfterTheFirstCodeLineIsNotAHeader()
    {
        var header = QueryFileHeader.Read("MATCH (n) RETURN n\n// params: {\"late\": 1}");

        Assert.Null(header.ParamsJson);
        Assert.Equal("", header.Question);
    }

    [Fact]
    public void TheFirstParamsLineWinsAndSpacingAndCaseDoNotMatter()
    {
        var header = QueryFileHeader.Read("//PARAMS:{\"a\":1}\n//  params: {\"b\": 2}\nRETURN $a");

        Assert.Equal("{\"a\":1}", header.ParamsJson);
    }
}
