using GrensJobs.Crawlers.SchemaOrg;

namespace GrensJobs.Crawlers.Tests.SchemaOrg;

public sealed class SiteUrlsTests
{
    [Theory]
    [InlineData("https://karriere.mueller.de/jobs/1", "https://www.mueller.de/", true)]
    [InlineData("http://www.mueller.de/jobs/1", "https://mueller.de/", true)]
    [InlineData("https://www.mueller-gmbh.de/jobs/1", "https://www.mueller.de/", false)]
    [InlineData("https://jobs.example.co.uk/a", "https://www.example.co.uk/", true)]
    [InlineData("https://other.co.uk/a", "https://www.example.co.uk/", false)]
    [InlineData("http://127.0.0.1:5000/a", "http://127.0.0.1:5001/", false)]
    public void SameSite_RegistrableHost_IsCompared(string url, string site, bool expected) =>
        Assert.Equal(expected, SiteUrls.SameSite(new Uri(url), new Uri(site)));

    [Theory]
    [InlineData("https://example.de/downloads/Broschuere.PDF", false)]
    [InlineData("https://example.de/img/team.jpg", false)]
    [InlineData("https://example.de/a/b/a/b/a/b", false)]
    [InlineData("https://example.de/karriere/stelle-1.html", true)]
    [InlineData("https://example.de/vacatures/lasser", true)]
    public void IsCrawlable_FilesAndTraps_AreRefused(string url, bool expected) =>
        Assert.Equal(expected, SiteUrls.IsCrawlable(new Uri(url)));

    [Theory]
    [InlineData("https://example.nl/werken-bij/lasser", true)]
    [InlineData("https://example.de/stellenangebote/schweisser-m-w-d", true)]
    [InlineData("https://example.be/fr/offres-d-emploi/soudeur", true)]
    [InlineData("https://example.com/careers/welder", true)]
    [InlineData("https://example.de/ueber-uns/geschichte", false)]
    public void IsJobLooking_JobWordsInNlDeFrEn_AreRecognised(string url, bool expected) =>
        Assert.Equal(expected, SiteUrls.IsJobLooking(new Uri(url)));

    [Theory]
    [InlineData("https://example.de/kalender/2026/11", true)]
    [InlineData("https://example.de/events?date=2026-11-20", true)]
    [InlineData("https://example.de/jobs?page=3", false)]
    public void IsCalendarLike_DatePaths_AreRecognised(string url, bool expected) =>
        Assert.Equal(expected, SiteUrls.IsCalendarLike(new Uri(url)));

    [Fact]
    public void Canonical_TrackingAndSessionParameters_AreStripped() =>
        Assert.Equal(
            "https://example.de/jobs/1?id=5",
            SiteUrls.Canonical(new Uri("https://Example.de:443/jobs/1;jsessionid=AB12?utm_source=x&id=5&PHPSESSID=9#bewerben")));
}
