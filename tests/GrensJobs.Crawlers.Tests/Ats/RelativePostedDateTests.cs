using GrensJobs.Crawlers.Ats;

namespace GrensJobs.Crawlers.Tests.Ats;

public sealed class RelativePostedDateTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Theory]
    [InlineData("Posted Today", 0)]
    [InlineData("Heute ausgeschrieben", 0)]
    [InlineData("Vandaag geplaatst", 0)]
    [InlineData("Publié aujourd'hui", 0)]
    [InlineData("Posted Yesterday", 1)]
    [InlineData("Gestern ausgeschrieben", 1)]
    [InlineData("Gisteren geplaatst", 1)]
    [InlineData("Publié hier", 1)]
    [InlineData("Posted 7 Days Ago", 7)]
    [InlineData("Posted 1 Day Ago", 1)]
    [InlineData("Posted 30+ Days Ago", 30)]
    [InlineData("Vor 7 Tagen", 7)]
    [InlineData("Vor mehr als 30 Tagen ausgeschrieben", 30)]
    [InlineData("7 dagen geleden", 7)]
    [InlineData("Il y a 7 jours", 7)]
    [InlineData("Posted 2 Weeks Ago", 14)]
    [InlineData("vor 2 Wochen", 14)]
    [InlineData("il y a 1 mois", 30)]
    public void Parse_RelativeText_ResolvesAgainstToday(string text, int daysBack) =>
        Assert.Equal(Today.AddDays(-daysBack), RelativePostedDate.Parse(text, Today));

    [Fact]
    public void Parse_IsoDate_TakenAsIs() =>
        Assert.Equal(new DateOnly(2026, 10, 1), RelativePostedDate.Parse("2026-10-01", Today));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Recently posted")]
    public void Parse_MissingOrUnknown_ReturnsNull(string? text) =>
        Assert.Null(RelativePostedDate.Parse(text, Today));
}
