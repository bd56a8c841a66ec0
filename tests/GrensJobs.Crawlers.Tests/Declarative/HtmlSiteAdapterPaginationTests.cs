using System.Globalization;
using System.Text;
using GrensJobs.Crawlers.Declarative;

namespace GrensJobs.Crawlers.Tests.Declarative;

public sealed class HtmlSiteAdapterPaginationTests : IDisposable
{
    private static readonly string[][] Titles =
    [
        ["Heftruckchauffeur (m/v/x)", "Orderpicker Venlo-Trade Port (m/v/x)"],
        ["Teamleider logistiek (m/v/x)", "Planner transport NL/DE (m/v/x)"],
        ["Magazijnmedewerker avonddienst (m/v/x)", "Douanedeclarant (m/v/x)"],
    ];

    private static readonly HtmlSite NextLinkSite = new()
    {
        Item = "article.vacature",
        Next = "nav.paginering a[rel=next]",
        ListingFields = new Dictionary<string, string> { ["title"] = "h2", ["place"] = ".plaats" },
    };

    private readonly SiteServer site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task ReadAsync_NextLinksOverThreePages_ReadsEveryPageOnce()
    {
        for (var page = 1; page <= 3; page++)
        {
            site.Page($"/vacatures/pagina-{page}", Listing(page, next: page < 3 ? $"pagina-{page + 1}" : null));
        }

        var (vacancies, context) = await SiteServer.ReadAsync(site.Definition("venlo-logistiek", NextLinkSite, "/vacatures/pagina-1"));

        Assert.Equal(Titles.SelectMany(titles => titles), vacancies.Select(vacancy => vacancy.Title));
        Assert.Empty(context.Problems);
        Assert.Equal(3, context.Fetcher.PagesFetched);
    }

    [Fact]
    public async Task ReadAsync_NextLinkBackToTheFirstPage_StopsWithoutRepeating()
    {
        site.Page("/vacatures/pagina-1", Listing(1, next: "pagina-2"));
        site.Page("/vacatures/pagina-2", Listing(2, next: "/vacatures/pagina-1"));

        var (vacancies, context) = await SiteServer.ReadAsync(site.Definition("venlo-logistiek", NextLinkSite, "/vacatures/pagina-1"));

        Assert.Equal(4, vacancies.Count);
        Assert.Equal(2, context.Fetcher.PagesFetched);
        Assert.Empty(context.Problems);
    }

    [Fact]
    public async Task ReadAsync_MoreListingPagesThanTheCap_ReportsTheRestAsUnread()
    {
        for (var page = 1; page <= 3; page++)
        {
            site.Page($"/vacatures/pagina-{page}", Listing(page, next: page < 3 ? $"pagina-{page + 1}" : null));
        }

        var capped = NextLinkSite with { MaxListingPages = 2 };
        var (vacancies, context) = await SiteServer.ReadAsync(site.Definition("venlo-logistiek", capped, "/vacatures/pagina-1"));

        Assert.Equal(4, vacancies.Count);
        Assert.Contains("more than listing.maxPages (2)", Assert.Single(context.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LaterListingPageFails_ReportsItAndKeepsEarlierPages()
    {
        site.Page("/vacatures/pagina-1", Listing(1, next: "pagina-2"));
        site.Page("/vacatures/pagina-2", "<html><body>Interne fout</body></html>", status: 500);

        var (vacancies, context) = await SiteServer.ReadAsync(site.Definition("venlo-logistiek", NextLinkSite, "/vacatures/pagina-1"));

        Assert.Equal(2, vacancies.Count);
        Assert.Contains("listing page not read: it answered 500", Assert.Single(context.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 6)]
    [InlineData(2, 4)]
    public async Task ReadAsync_PageTemplate_ReadsUntilTheLastPageOrA404(int? lastPage, int expected)
    {
        for (var page = 1; page <= 3; page++)
        {
            site.Page("/vacatures", Listing(page, next: null), query: ("pagina", page.ToString(CultureInfo.InvariantCulture)));
        }

        var template = new HtmlSite
        {
            ListingUrl = "/vacatures?pagina={page}",
            LastPage = lastPage,
            Item = "article.vacature",
            ListingFields = NextLinkSite.ListingFields,
        };

        var (vacancies, context) = await SiteServer.ReadAsync(site.Definition("venlo-logistiek", template, "/"));

        Assert.Equal(Titles.SelectMany(titles => titles).Take(expected), vacancies.Select(vacancy => vacancy.Title));
        Assert.Empty(context.Problems);
    }

    private static string Listing(int page, string? next)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><body><main>");
        foreach (var title in Titles[page - 1])
        {
            html.Append(CultureInfo.InvariantCulture, $"<article class=\"vacature\"><h2>{title}</h2><p class=\"plaats\">Venlo</p></article>");
        }

        html.Append("</main><nav class=\"paginering\">");
        if (page > 1)
        {
            html.Append("<a rel=\"prev\" href=\"#\">Vorige</a>");
        }

        if (next is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a rel=\"next\" href=\"{next}\">Volgende</a>");
        }

        return html.Append("</nav></body></html>").ToString();
    }
}
