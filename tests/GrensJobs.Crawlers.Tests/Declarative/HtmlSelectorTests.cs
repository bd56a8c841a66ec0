using GrensJobs.Crawlers.Declarative;

namespace GrensJobs.Crawlers.Tests.Declarative;

public sealed class HtmlSelectorTests
{
    [Theory]
    [InlineData("h2.vacature__titel", "h2.vacature__titel", null)]
    [InlineData("time@datetime", "time", "datetime")]
    [InlineData(" a.title @ href ", "a.title", "href")]
    [InlineData("a[href*=\"@\"]", "a[href*=\"@\"]", null)]
    [InlineData("a[href^='mailto:jobs@venlo.example.nl']@href", "a[href^='mailto:jobs@venlo.example.nl']", "href")]
    [InlineData("li:not(.gesloten) > a@data-vacature-id", "li:not(.gesloten) > a", "data-vacature-id")]
    public void TryParse_ValidSelector_SplitsCssAndAttribute(string text, string css, string? attribute)
    {
        Assert.True(HtmlSelector.TryParse(text, out var selector, out _));
        Assert.Equal(new HtmlSelector(css, attribute), selector);
    }

    [Theory]
    [InlineData("div..vacancy", "\"div..vacancy\" is not a valid CSS selector")]
    [InlineData("li > > a", "\"li > > a\" is not a valid CSS selector")]
    [InlineData("a[href", "\"a[href\" is not a valid CSS selector")]
    [InlineData("@href", "\"@href\" is not a valid CSS selector")]
    [InlineData("a@", "\"a@\" names no valid attribute after @")]
    [InlineData("a@hr ef", "\"a@hr ef\" names no valid attribute after @")]
    public void TryParse_InvalidSelector_GivesTheReason(string text, string error)
    {
        Assert.False(HtmlSelector.TryParse(text, out _, out var reason));
        Assert.Equal(error, reason);
    }
}
