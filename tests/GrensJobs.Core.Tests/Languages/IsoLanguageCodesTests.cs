using GrensJobs.Core.Languages;

namespace GrensJobs.Core.Tests.Languages;

public sealed class IsoLanguageCodesTests
{
    [Theory]
    [InlineData("nl", "nl")]
    [InlineData("DE", "de")]
    [InlineData(" fr-BE ", "fr")]
    [InlineData("nl_BE", "nl")]
    [InlineData("lb", "lb")]
    [InlineData("fy", "fy")]
    public void Normalise_KnownTag_GivesTheTwoLetterCode(string tag, string expected) =>
        Assert.Equal(expected, IsoLanguageCodes.Normalise(tag));

    [Theory]
    [InlineData("xx")]
    [InlineData("qq-QQ")]
    [InlineData("iw")]
    [InlineData("nederlands")]
    [InlineData("d")]
    [InlineData("")]
    [InlineData(null)]
    public void Normalise_UnknownTag_IsNull(string? tag) => Assert.Null(IsoLanguageCodes.Normalise(tag));
}
