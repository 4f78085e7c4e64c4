using Briefing.Core.Model;

namespace Briefing.Core.Tests.Model;

public sealed class LabelsTests
{
    [Theory]
    [InlineData(DealKind.StrategicCooperationAgreement, "Strategic cooperation agreement")]
    [InlineData(DealKind.LongTermCooperation, "Long-term cooperation")]
    [InlineData(DealKind.ContractManufacturingTalks, "Contract-manufacturing talks")]
    [InlineData(DealStatus.DeclinedToComment, "Declined to comment")]
    [InlineData(SourceKind.MachineTranslation, "Machine translation")]
    public void Enum_values_read_as_words(object value, string expected) => Assert.Equal(expected, Labels.Of((Enum)value));

    [Fact]
    public void Lists_read_as_sentences()
    {
        Assert.Equal("", Labels.List([]));
        Assert.Equal("a", Labels.List(["a"]));
        Assert.Equal("a and b", Labels.List(["a", "b"]));
        Assert.Equal("a, b and c", Labels.List(["a", "b", "c"]));
    }
}
