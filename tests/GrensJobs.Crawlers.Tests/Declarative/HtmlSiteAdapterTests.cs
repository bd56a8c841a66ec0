using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Declarative;
using GrensJobs.Crawlers.Web;

namespace GrensJobs.Crawlers.Tests.Declarative;

public sealed class HtmlSiteAdapterTests : IDisposable
{
    private const string VenloListing = """
        <!DOCTYPE html>
        <html lang="nl"><head><meta charset="utf-8"><title>Vacatures | Venlo Techniek</title></head>
        <body>
          <h1>Werken bij Venlo Techniek</h1>
          <ul class="vacature-lijst">
            <li class="vacature">
              <a class="vacature__link" href="/vacatures/servicemonteur-1234?utm_source=site">
                <h3 class="vacature__titel">Servicemonteur elektrotechniek (m/v/x)</h3></a>
              <span class="vacature__plaats">Venlo</span>
              <span class="vacature__dienstverband">Fulltime, 40 uur</span>
            </li>
            <li class="vacature">
              <a class="vacature__link" href="vacatures/lasser-77">
                <h3 class="vacature__titel">Lasser   MIG/MAG
                   (m/v)</h3></a>
              <span class="vacature__plaats">Blerick</span>
            </li>
            <li class="vacature">
              <a class="vacature__link" href="/vacatures/open-sollicitatie"><span>Open sollicitatie</span></a>
            </li>
          </ul>
        </body></html>
        """;

    private const string MonteurDetail = """
        <!DOCTYPE html>
        <html lang="nl"><body>
          <article data-vacature-id="VT-1234">
            <h1>Servicemonteur elektrotechniek (m/v/x)</h1>
            <dl><dt>Standplaats</dt><dd class="standplaats">Venlo</dd>
                <dt>Postcode</dt><dd class="postcode">5928 LN</dd>
                <dt>Salaris</dt><dd class="salaris">€ 2.900 - € 3.400 bruto per maand</dd></dl>
            <p>Geplaatst op <time class="geplaatst" datetime="2026-11-02T09:30:00+01:00">2 november 2026</time></p>
            <p>Reageer vóór <span class="sluitingsdatum">15 december 2026</span></p>
            <div class="vacature-tekst"><p>Je onderhoudt installaties bij klanten in <b>Noord-Limburg</b> en over de grens in Duitsland.</p>
              <ul><li>MBO 4 elektrotechniek</li><li>Rijbewijs B</li></ul></div>
          </article>
        </body></html>
        """;

    private readonly SiteServer site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task ReadAsync_DutchListingWithDetailPages_CombinesListingAndDetailFields()
    {
        site.Page("/werken-bij", VenloListing);
        site.Page("/vacatures/servicemonteur-1234", MonteurDetail);

        var (vacancies, context) = await SiteServer.ReadAsync(site.Definition("venlo-techniek", VenloSite(), "/werken-bij") with
        {
            Employer = "Venlo Techniek B.V.",
        });

        var monteur = vacancies[0];
        Assert.Equal("VT-1234", monteur.Id);
        Assert.Equal("venlo-techniek", monteur.Source);
        Assert.Equal(site.UrlOf("/vacatures/servicemonteur-1234?utm_source=site").AbsoluteUri, monteur.Url);
        Assert.Equal("Servicemonteur elektrotechniek (m/v/x)", monteur.Title);
        Assert.StartsWith("<p>Je onderhoudt installaties bij klanten in <b>Noord-Limburg</b>", monteur.Description, StringComparison.Ordinal);
        Assert.Contains("<li>Rijbewijs B</li>", monteur.Description, StringComparison.Ordinal);
        Assert.Equal("Venlo Techniek B.V.", monteur.Employer);
        Assert.Equal(new RawLocation { Text = "5928 LN Venlo", PostalCode = "5928 LN", Place = "Venlo", Country = "NL" }, monteur.Location);
        Assert.Equal(new DateOnly(2026, 11, 2), monteur.Posted);
        Assert.Equal(new DateOnly(2026, 12, 15), monteur.ValidThrough);
        Assert.Equal(["Fulltime, 40 uur"], monteur.EmploymentType);
        Assert.Equal("€ 2.900 - € 3.400 bruto per maand", monteur.Salary?.Text);
        Assert.Equal("nl", monteur.Language);
        Assert.Equal(2, vacancies.Count);
    }

    [Fact]
    public async Task ReadAsync_MissingDetailPage_KeepsTheVacancyWithItsListingFields()
    {
        site.Page("/werken-bij", VenloListing);
        site.Page("/vacatures/servicemonteur-1234", MonteurDetail);

        var (vacancies, _) = await SiteServer.ReadAsync(site.Definition("venlo-techniek", VenloSite(), "/werken-bij"));

        var lasser = vacancies[1];
        Assert.Equal("Lasser MIG/MAG (m/v)", lasser.Title);
        Assert.Equal(site.UrlOf("/vacatures/lasser-77").AbsoluteUri, lasser.Url);
        Assert.Equal("Blerick", lasser.Location?.Place);
        Assert.Null(lasser.Description);
        Assert.Null(lasser.Id);
        Assert.Equal(1, site.RequestCount("/vacatures/lasser-77"));
    }

    [Fact]
    public async Task ReadAsync_ItemWithoutTitleAndWithoutDetailPage_IsReportedNotYielded()
    {
        site.Page("/werken-bij", VenloListing);
        site.Page("/vacatures/servicemonteur-1234", MonteurDetail);

        var (vacancies, context) = await SiteServer.ReadAsync(site.Definition("venlo-techniek", VenloSite(), "/werken-bij"));

        Assert.DoesNotContain(vacancies, vacancy => vacancy.Url!.Contains("open-sollicitatie", StringComparison.Ordinal));
        var problem = Assert.Single(context.Problems);
        Assert.StartsWith(site.UrlOf("/vacatures/open-sollicitatie").AbsoluteUri + ": a vacancy without a title", problem, StringComparison.Ordinal);
        Assert.Contains("detail page missing", problem, StringComparison.Ordinal);
        Assert.False(context.IsComplete);
    }

    [Fact]
    public async Task ReadAsync_FirstListingPageFails_FailsTheRun()
    {
        site.Page("/werken-bij", "<html><body>Onderhoud</body></html>", status: 503);

        var exception = await Assert.ThrowsAsync<FetchFailedException>(
            () => SiteServer.ReadAsync(site.Definition("venlo-techniek", VenloSite(), "/werken-bij")));

        Assert.Contains("503", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ListingOnlySite_NeedsNoDetailRequests()
    {
        site.Page("/werken-bij", VenloListing);
        var listingOnly = new HtmlSite
        {
            Item = "li.vacature",
            Link = "a.vacature__link",
            ListingFields = new Dictionary<string, string> { ["title"] = "h3", ["place"] = ".vacature__plaats" },
        };

        var (vacancies, context) = await SiteServer.ReadAsync(site.Definition("venlo-techniek", listingOnly, "/werken-bij"));

        Assert.Equal(["Servicemonteur elektrotechniek (m/v/x)", "Lasser MIG/MAG (m/v)"], vacancies.Select(v => v.Title));
        Assert.Single(context.Problems);
        Assert.Equal(0, site.RequestCount("/vacatures/servicemonteur-1234"));
    }

    private static HtmlSite VenloSite() => new()
    {
        Item = "ul.vacature-lijst > li.vacature",
        Link = "a.vacature__link@href",
        ListingFields = new Dictionary<string, string>
        {
            ["title"] = "h3.vacature__titel",
            ["place"] = "span.vacature__plaats",
            ["employmentType"] = "span.vacature__dienstverband",
        },
        DetailFields = new Dictionary<string, string>
        {
            ["title"] = "h1",
            ["description"] = "div.vacature-tekst",
            ["place"] = "dd.standplaats",
            ["postalCode"] = "dd.postcode",
            ["posted"] = "time.geplaatst@datetime",
            ["validThrough"] = "span.sluitingsdatum",
            ["salary"] = "dd.salaris",
            ["id"] = "[data-vacature-id]@data-vacature-id",
        },
        DateFormat = "d MMMM yyyy",
        DateCulture = "nl-NL",
    };
}
