using GrensJobs.Crawlers.Sources;
using GrensJobs.Ingestion.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrensJobs.Ingestion.Tests.Http;

public sealed class CrawlFetchersTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080/", true)]
    [InlineData("http://localhost:8080/jobs", true)]
    [InlineData("http://demo.localhost/", true)]
    [InlineData("http://192.168.1.20/vacatures", true)]
    [InlineData("http://[::1]:5080/", true)]
    [InlineData("https://karriere.example.de/", false)]
    [InlineData("https://185.15.59.224/", false)]
    [InlineData("https://localhost.example.com/", false)]
    public void IsPrivateStartUrl_HostOfStartUrl_Decides(string url, bool expected) =>
        Assert.Equal(expected, CrawlFetchers.IsPrivateStartUrl(new Uri(url)));

    [Fact]
    public void SettingsFor_Definition_CarriesPolitenessPagesAndPrivateFlag()
    {
        using var harness = new CrawlHttpHarness(o => o.MaxBodyBytes = 2 * 1024 * 1024);
        var definition = CrawlHttpHarness.Definition("https://werken.example.nl/", new PolitenessSettings { RequestsPerSecond = 0.5 }, allowPrivate: true)
            with { MaxPages = 40 };

        var settings = harness.Fetchers.SettingsFor(definition);

        Assert.Equal(0.5, settings.Politeness.RequestsPerSecond);
        Assert.True(settings.AllowPrivateAddresses);
        Assert.Equal(40, settings.MaxPages);
        Assert.Equal(2 * 1024 * 1024, settings.MaxBodyBytes);
        Assert.False(harness.Fetchers.SettingsFor(definition with { AllowPrivateAddresses = false }).AllowPrivateAddresses);
    }

    [Fact]
    public async Task Create_PageCap_StopsTheRun()
    {
        using var harness = new CrawlHttpHarness();
        using var fetcher = harness.Fetchers.Create(CrawlHttpHarness.Definition("http://127.0.0.1:1/") with { MaxPages = 0 });

        await Assert.ThrowsAsync<GrensJobs.Crawlers.Web.PageLimitReachedException>(
            () => fetcher.GetAsync(new Uri("http://127.0.0.1:1/stellen"), TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("MaxRedirects")]
    [InlineData("ContactUrl")]
    [InlineData("AttemptTimeout")]
    public void AddCrawlHttp_InvalidOptions_FailValidation(string member)
    {
        using var provider = new ServiceCollection().AddLogging().AddCrawlHttp(o =>
        {
            switch (member)
            {
                case "MaxRedirects": o.MaxRedirects = 50; break;
                case "ContactUrl": o.ContactUrl = "kein link"; break;
                default: o.AttemptTimeout = TimeSpan.Zero; break;
            }
        }).BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CrawlHttpOptions>>().Value);
        Assert.Contains(member, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.0, null, 1000)]
    [InlineData(4.0, null, 250)]
    [InlineData(4.0, 2.0, 2000)]
    [InlineData(0.5, 1.0, 2000)]
    [InlineData(0.0, null, 1000)]
    [InlineData(10.0, 3600.0, 30000)]
    [InlineData(10.0, 45.0, 30000)]
    public void Interval_RateAndCrawlDelay_SlowerWins(double perSecond, double? crawlDelaySeconds, int expectedMilliseconds) =>
        Assert.Equal(
            TimeSpan.FromMilliseconds(expectedMilliseconds),
            PolitenessHandler.Interval(
                new PolitenessSettings { RequestsPerSecond = perSecond },
                crawlDelaySeconds is { } s ? TimeSpan.FromSeconds(s) : null,
                TimeSpan.FromSeconds(30)));
}
