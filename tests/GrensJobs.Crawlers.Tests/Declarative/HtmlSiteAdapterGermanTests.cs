using GrensJobs.Crawlers.Declarative;

namespace GrensJobs.Crawlers.Tests.Declarative;

public sealed class HtmlSiteAdapterGermanTests : IDisposable
{
    // Broken on purpose: unclosed <li> and <div>, a stray </span>, unquoted attributes, no </body></html>.
    private const string KleveListing = """
        <html><head><title>Stellenangebote &ndash; Antriebstechnik Kleve</title>
        <body>
        <div id=stellen>
          <ul>
            <li class=stelle><a href=/karriere/stelle/4711>Zerspanungsmechaniker für Drehmaschinen (m/w/d)</a>
                <span class=ort>Kevelaer</span></span>
                <span class=datum>01.12.2026</span>
            <li class=stelle><a href="/karriere/stelle/4712">Schweißer (m/w/d) WIG/MAG</a>
                <span class=ort>Emmerich am Rhein
            <li class=stelle><a href="/karriere/stelle/4713">Industriekaufmann/-frau &ndash; Grenzüberschreitender Vertrieb Niederlande (m/w/d)</a>
                <span class=ort>Kleve</span>
                <span class=datum>31.11.2026</span>
          </ul>
        <div class=fuss>Niederrhein Antriebstechnik GmbH · Kleve
        """;

    private const string SchweisserDetail = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><h1>Schweißer (m/w/d) WIG/MAG</h1>
        <p class=land>Deutschland
        <div class=beschreibung><h2>Ihre Aufgaben</h2><p>Schweißen von Baugruppen aus Edelstahl für Getriebe & Antriebe.<p>Grenzgänger aus den Niederlanden willkommen &ndash; Kenntnisse der deutschen Sprache (B1) erforderlich.</div>
        <p>Bewerbungsschluss: <b class=frist>15.01.2027</b>
        """;

    private readonly SiteServer site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task ReadAsync_Latin1PagesWithBrokenHtml_DecodesUmlautsAndReadsEveryItem()
    {
        site.Page("/karriere", KleveListing, charset: "iso-8859-1");
        site.Page("/karriere/stelle/4712", SchweisserDetail, charset: "iso-8859-1");
        var definition = site.Definition("kleve-antriebstechnik", KleveSite(), "/karriere") with
        {
            Country = "DE",
            Language = "de",
            Employer = "Niederrhein Antriebstechnik GmbH",
        };

        var (vacancies, context) = await SiteServer.ReadAsync(definition);

        Assert.Equal(
            [
                "Zerspanungsmechaniker für Drehmaschinen (m/w/d)",
                "Schweißer (m/w/d) WIG/MAG",
                "Industriekaufmann/-frau – Grenzüberschreitender Vertrieb Niederlande (m/w/d)",
            ],
            vacancies.Select(vacancy => vacancy.Title));
        Assert.Equal(["Kevelaer", "Emmerich am Rhein", "Kleve"], vacancies.Select(vacancy => vacancy.Location?.Place));
        Assert.Equal(new DateOnly(2026, 12, 1), vacancies[0].Posted);
        Assert.Null(vacancies[2].Posted);
        Assert.Empty(context.Problems);
    }

    [Fact]
    public async Task ReadAsync_GermanDetailPage_ReadsCountryNameDatesAndHtmlDescription()
    {
        site.Page("/karriere", KleveListing, charset: "iso-8859-1");
        site.Page("/karriere/stelle/4712", SchweisserDetail, charset: "iso-8859-1");
        var definition = site.Definition("kleve-antriebstechnik", KleveSite(), "/karriere") with { Country = null };

        var (vacancies, _) = await SiteServer.ReadAsync(definition);

        var schweisser = vacancies[1];
        Assert.Equal("DE", schweisser.Location?.Country);
        Assert.Null(vacancies[0].Location?.Country);
        Assert.Equal(new DateOnly(2027, 1, 15), schweisser.ValidThrough);
        Assert.Contains("<h2>Ihre Aufgaben</h2>", schweisser.Description, StringComparison.Ordinal);
        Assert.Contains("Getriebe &amp; Antriebe", schweisser.Description, StringComparison.Ordinal);
        Assert.Contains("Grenzgänger aus den Niederlanden", schweisser.Description, StringComparison.Ordinal);
        Assert.Equal(site.UrlOf("/karriere/stelle/4712").AbsoluteUri, schweisser.Url);
    }

    private static HtmlSite KleveSite() => new()
    {
        Item = "li.stelle",
        Link = "a",
        ListingFields = new Dictionary<string, string>
        {
            ["title"] = "a",
            ["place"] = ".ort",
            ["posted"] = "span.datum",
        },
        DetailFields = new Dictionary<string, string>
        {
            ["title"] = "h1",
            ["country"] = "p.land",
            ["description"] = "div.beschreibung",
            ["validThrough"] = "b.frist",
        },
        DateFormat = "dd.MM.yyyy",
        DateCulture = "de-DE",
    };
}
