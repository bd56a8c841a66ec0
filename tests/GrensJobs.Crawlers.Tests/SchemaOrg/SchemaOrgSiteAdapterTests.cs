using System.Globalization;
using GrensJobs.Crawlers.SchemaOrg;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Tests.SchemaOrg;

public sealed class SchemaOrgSiteAdapterTests
{
    [Fact]
    public async Task Crawl_SitemapIndexWithGzipSitemap_FindsEveryPosting()
    {
        using var site = new EmployerSite();
        site.Page("/", EmployerSite.LinksPage())
            .Text("/sitemap.xml", "application/xml", $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>{site.Base}/sitemaps/pages.xml</loc></sitemap>
                  <sitemap><loc>{site.Base}/sitemaps/jobs.xml.gz</loc></sitemap>
                </sitemapindex>
                """)
            .Text("/sitemaps/pages.xml", "application/xml", $"""
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{site.Base}/ueber-uns</loc></url></urlset>
                """)
            .File("/sitemaps/jobs.xml.gz", "application/octet-stream", EmployerSite.Gzip($"""
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
                  <url><loc>{site.Base}/jobs/schweisser</loc><image:image><image:loc>{site.Base}/img/team.jpg</image:loc></image:image></url>
                  <url><loc>{site.Base}/jobs/elektriker</loc></url>
                </urlset>
                """))
            .Page("/ueber-uns", EmployerSite.LinksPage())
            .Page("/jobs/schweisser", EmployerSite.JobPage("Schweißer (m/w/d)", "Kevelaer"))
            .Page("/jobs/elektriker", EmployerSite.JobPage("Elektroniker (m/w/d)", "Goch"));

        var result = await site.CrawlAsync();

        Assert.Equal(["Elektroniker (m/w/d)", "Schweißer (m/w/d)"], result.Titles);
        Assert.Contains(result.Vacancies, v => v.Url == site.Base + "/jobs/schweisser" && v.Location!.Place == "Kevelaer");
        Assert.All(result.Vacancies, v => Assert.Equal("url", v.Source));
        Assert.DoesNotContain("/img/team.jpg", site.RequestedPaths);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task Crawl_RobotsTxtSitemapLines_AreReadAndDisallowedPagesSkipped()
    {
        using var site = new EmployerSite();
        site.Page("/", EmployerSite.LinksPage("/intern/vacature-geheim"))
            .Text("/robots.txt", "text/plain", $"User-agent: *\nDisallow: /intern/\n\nSitemap: {site.Base}/maps/werken-bij.xml # vacatures\n")
            .Text("/maps/werken-bij.xml", "text/xml", $"""
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>{site.Base}/vacatures/monteur</loc></url><url><loc>{site.Base}/intern/vacature-geheim</loc></url>
                </urlset>
                """)
            .Page("/vacatures/monteur", EmployerSite.JobPage("Monteur (m/v/x)", "Venlo"))
            .Page("/intern/vacature-geheim", EmployerSite.JobPage("Geheime vacature", "Venlo"));

        var result = await site.CrawlAsync(disallowed: path => path.StartsWith("/intern/", StringComparison.Ordinal));

        Assert.Equal(["Monteur (m/v/x)"], result.Titles);
        Assert.DoesNotContain("/intern/vacature-geheim", site.RequestedPaths);
        Assert.DoesNotContain("/sitemap.xml", site.RequestedPaths);
    }

    [Fact]
    public async Task Crawl_LinkOnlySiteWithPagination_FollowsListingPages()
    {
        using var site = new EmployerSite();
        site.Page("/", EmployerSite.LinksPage("/karriere", "mailto:jobs@example.de", "tel:+4928311234", "javascript:void(0)", "/downloads/broschuere.pdf", "#top"))
            .Page("/karriere", EmployerSite.LinksPage("/karriere/stelle/lagerist?utm_source=newsletter", "/karriere/stelle/fahrer", "<a rel=\"next\" href=\"/karriere?page=2\">weiter</a>"))
            .Page("/karriere", EmployerSite.LinksPage("/karriere/stelle/disponent#bewerben", "/karriere/stelle/lagerist"), query: "page=2")
            .Page("/karriere/stelle/lagerist", EmployerSite.JobPage("Lagerist (m/w/d)", "Emmerich am Rhein"))
            .Page("/karriere/stelle/fahrer", EmployerSite.JobPage("Berufskraftfahrer CE (m/w/d)", "Kleve"))
            .Page("/karriere/stelle/disponent", EmployerSite.JobPage("Disponent (m/w/d)", "Wesel"));

        var result = await site.CrawlAsync();

        Assert.Equal(["Berufskraftfahrer CE (m/w/d)", "Disponent (m/w/d)", "Lagerist (m/w/d)"], result.Titles);
        Assert.DoesNotContain("/downloads/broschuere.pdf", site.RequestedPaths);
        Assert.Single(site.RequestedPaths, p => p == "/karriere/stelle/lagerist");
        Assert.Contains(result.Vacancies, v => v.Url == site.Base + "/karriere/stelle/lagerist");
    }

    [Fact]
    public async Task Crawl_InfiniteCalendar_IsBoundedAndJobsAreStillFound()
    {
        using var site = new EmployerSite();
        site.Page("/", EmployerSite.LinksPage("/agenda/2026/01", "/vacatures"))
            .Page("/vacatures", EmployerSite.LinksPage("/vacatures/lasser", "/vacatures/planner"))
            .Page("/vacatures/lasser", EmployerSite.JobPage("Lasser (m/v/x)", "Venlo"))
            .Page("/vacatures/planner", EmployerSite.JobPage("Planner (m/v/x)", "Venray"));
        for (var month = 0; month < 240; month++)
        {
            var date = new DateOnly(2026, 1, 1).AddMonths(month);
            var next = date.AddMonths(1);
            site.Page($"/agenda/{date:yyyy'/'MM}", EmployerSite.LinksPage(
                $"/agenda/{next:yyyy'/'MM}", $"/agenda/{date:yyyy'/'MM}?view=week&date={date:yyyy-MM-dd}", $"/agenda/{date:yyyy'/'MM}/{month}"));
        }

        var result = await site.CrawlAsync();

        Assert.Equal(["Lasser (m/v/x)", "Planner (m/v/x)"], result.Titles);
        Assert.InRange(site.RequestedPaths.Count(p => p.StartsWith("/agenda", StringComparison.Ordinal)), 1, 20);
    }

    [Fact]
    public async Task Crawl_Nofollow_IsHonoured()
    {
        using var site = new EmployerSite();
        site.Page("/", EmployerSite.LinksPage("<a rel=\"nofollow\" href=\"/jobs/geheim\">x</a>", "/team", "/jobs/offen"))
            .Page("/team", "<html><head><meta name=\"robots\" content=\"index, nofollow\"></head><body><a href=\"/jobs/versteckt\">x</a></body></html>")
            .Page("/jobs/offen", EmployerSite.JobPage("Elektriker (m/w/d)", "Kleve"))
            .Page("/jobs/geheim", EmployerSite.JobPage("Geheim (m/w/d)", "Kleve"))
            .Page("/jobs/versteckt", EmployerSite.JobPage("Versteckt (m/w/d)", "Kleve"));

        var result = await site.CrawlAsync();

        Assert.Equal(["Elektriker (m/w/d)"], result.Titles);
        Assert.DoesNotContain("/jobs/geheim", site.RequestedPaths);
        Assert.DoesNotContain("/jobs/versteckt", site.RequestedPaths);
    }

    [Fact]
    public async Task Crawl_ClosedGoneAndExpiredVacancies_AreNotYielded()
    {
        using var site = new EmployerSite();
        site.Page("/", EmployerSite.LinksPage("/jobs/offen", "/jobs/besetzt", "/jobs/weg", "/jobs/abgelaufen"))
            .Page("/jobs/offen", EmployerSite.JobPage("Tischler (m/w/d)", "Goch"))
            .Page("/jobs/besetzt", EmployerSite.JobPage("Maler (m/w/d)", "Goch", "<p class=\"hinweis\">Diese Stelle ist bereits besetzt.</p>"))
            .Page("/jobs/weg", EmployerSite.JobPage("Dachdecker (m/w/d)", "Goch"), status: 410)
            .Page("/jobs/abgelaufen", EmployerSite.JobPage("Fliesenleger (m/w/d)", "Goch", validThrough: "2026-10-31"));

        var result = await site.CrawlAsync();

        Assert.Equal(["Tischler (m/w/d)"], result.Titles);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task Crawl_ListingJsonLdAndDetailPages_YieldEachPostingOnceFromItsDetailPage()
    {
        using var site = new EmployerSite();
        var listing = $$"""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","itemListElement":[
            {"@type":"ListItem","item":{"@type":"JobPosting","title":"Verpleegkundige (m/v/x)","url":"{{site.Base}}/vacature/verpleegkundige"} },
            {"@type":"ListItem","item":{"@type":"JobPosting","title":"Kok (m/v/x)","url":"/vacature/kok?utm_medium=site"} },
            {"@type":"ListItem","item":{"@type":"JobPosting","title":"Schoonmaker (m/v/x)","url":"/vacature/schoonmaker"} } ]}</script></head>
            <body><a href="/vacature/verpleegkundige">Verpleegkundige</a></body></html>
            """;
        site.Page("/", listing)
            .Page("/vacature/verpleegkundige", EmployerSite.JobPage("Verpleegkundige (m/v/x)", "Heerlen"))
            .Page("/vacature/kok", EmployerSite.JobPage("Kok (m/v/x)", "Kerkrade"))
            .Page("/vacature/schoonmaker", "<html><body><p>Deze vacature is gesloten.</p></body></html>");

        var result = await site.CrawlAsync();

        Assert.Equal(["Kok (m/v/x)", "Verpleegkundige (m/v/x)"], result.Titles);
        Assert.All(result.Vacancies, v => Assert.StartsWith("<p>Ihre Aufgaben", v.Description, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Crawl_SamePageUnderTwoUrls_YieldsItOnce()
    {
        using var site = new EmployerSite();
        site.Page("/", EmployerSite.LinksPage("/jobs/lasser", "/jobs/lasser/"))
            .Page("/jobs/lasser", EmployerSite.JobPage("Lasser (m/v/x)", "Venlo"))
            .Page("/jobs/lasser/", EmployerSite.JobPage("Lasser (m/v/x)", "Venlo"));

        var result = await site.CrawlAsync();

        Assert.Equal(["Lasser (m/v/x)"], result.Titles);
    }

    [Fact]
    public async Task Crawl_ServerError_IsReportedAndTheCrawlGoesOn()
    {
        using var site = new EmployerSite();
        site.Page("/", EmployerSite.LinksPage("/jobs/kaputt", "/jobs/heil"))
            .Page("/jobs/kaputt", "<html>Fehler</html>", status: 503)
            .Page("/jobs/heil", EmployerSite.JobPage("Koch (m/w/d)", "Kleve"));

        var result = await site.CrawlAsync();

        Assert.Equal(["Koch (m/w/d)"], result.Titles);
        Assert.Contains(result.Problems, p => p.Contains("503", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Crawl_PageCap_StopsAndReportsAProblem()
    {
        using var site = new EmployerSite();
        site.Page("/", EmployerSite.LinksPage([.. Enumerable.Range(1, 20).Select(i => $"/jobs/{i}")]));
        for (var i = 1; i <= 20; i++)
        {
            site.Page($"/jobs/{i}", EmployerSite.JobPage($"Monteur {i.ToString(CultureInfo.InvariantCulture)} (m/w/d)", "Goch"));
        }

        var result = await site.CrawlAsync(maxPages: 8);

        Assert.Equal(8, result.PagesFetched);
        Assert.InRange(result.Vacancies.Count, 4, 6);
        Assert.Contains(result.Problems, p => p.Contains("page limit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Crawl_Cancelled_Throws()
    {
        using var site = new EmployerSite();
        site.Page("/", EmployerSite.JobPage("Koch (m/w/d)", "Kleve"));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        using var fetcher = new GrensJobs.Crawlers.Web.HttpPageFetcher(new SocketsHttpHandler(), new GrensJobs.Crawlers.Web.FetchLimits(), disposePipeline: true);
        var context = new SourceReadContext(
            new SourceDefinition { Id = "x", Kind = SourceKinds.SchemaOrg, Url = new Uri(site.Base) }, fetcher, TimeProvider.System);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var vacancy in new SchemaOrgSiteAdapter().ReadAsync(context, cancellation.Token))
            {
                Assert.Fail($"Unexpected {vacancy.Title}");
            }
        });
    }

    [Fact]
    public void Validate_NonHttpStartUrl_IsAProblem()
    {
        var definition = new SourceDefinition { Id = "x", Kind = SourceKinds.SchemaOrg, Url = new Uri("ftp://example.de/") };

        Assert.Single(new SchemaOrgSiteAdapter().Validate(definition));
        Assert.Equal(SourceKinds.SchemaOrg, new SchemaOrgSiteAdapter().Kind);
    }
}
