using System.Net;
using GrensJobs.Crawlers.SchemaOrg;

namespace GrensJobs.Crawlers.Tests.SchemaOrg;

public sealed class JobPostingExtractorTests
{
    [Fact]
    public void Extract_DutchGraphPage_MapsEveryField()
    {
        var result = Fixtures.Extract("nl-lasser.html", "https://werkenbij.vanderbergmetaal.nl/vacatures/lasser-mig-mag?gclid=1");

        var vacancy = Assert.Single(result.Vacancies);
        Assert.Equal("VB-2026-117", vacancy.Id);
        Assert.Equal("test-site", vacancy.Source);
        Assert.Equal("https://werkenbij.vanderbergmetaal.nl/vacatures/lasser-mig-mag", vacancy.Url);
        Assert.Equal("Lasser MIG/MAG (m/v/x)", vacancy.Title);
        Assert.StartsWith("<p>Wij zoeken een ervaren <strong>lasser</strong>", vacancy.Description, StringComparison.Ordinal);
        Assert.Equal("Van der Berg Metaal B.V.", vacancy.Employer);
        Assert.Equal("nl", vacancy.Language);
        Assert.Equal(new DateOnly(2026, 11, 2), vacancy.Posted);
        Assert.Equal(new DateOnly(2026, 12, 31), vacancy.ValidThrough);
        Assert.Equal(["FULL_TIME", "TEMPORARY"], vacancy.EmploymentType);
        var location = vacancy.Location!;
        Assert.Equal("5928 PG Venlo", location.Text);
        Assert.Equal("5928 PG", location.PostalCode);
        Assert.Equal("Venlo", location.Place);
        Assert.Equal("NL", location.Country);
        Assert.Equal(51.3704, location.Lat);
        Assert.Equal(6.1724, location.Lon);
        Assert.Empty(vacancy.Locations);
        Assert.Equal(2900m, vacancy.Salary!.Min);
        Assert.Equal(3400m, vacancy.Salary.Max);
        Assert.Equal("EUR", vacancy.Salary.Currency);
        Assert.Equal("month", vacancy.Salary.Period);
    }

    [Theory]
    [InlineData(""", "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Aachen", "addressCountry": "DE"}}""", GrensJobs.Core.Vacancies.RemoteMode.Hybrid)]
    [InlineData("", GrensJobs.Core.Vacancies.RemoteMode.Remote)]
    public void Extract_Telecommute_IsRemoteOrHybridWithAnOffice(string location, GrensJobs.Core.Vacancies.RemoteMode expected)
    {
        var html = $$"""
            <html lang="de"><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "JobPosting", "title": "Softwareentwickler (m/w/d)",
             "description": "<p>Arbeiten Sie von zu Hause.</p>", "jobLocationType": "TELECOMMUTE",
             "applicantLocationRequirements": {"@type": "Country", "name": "DE"}{{location}}}
            </script></head><body><h1>Softwareentwickler (m/w/d)</h1></body></html>
            """;

        var result = new JobPostingExtractor().Extract(html, new Uri("https://karriere.grenztech.de/jobs/4711"), Fixtures.Defaults);

        Assert.Equal(expected, Assert.Single(result.Vacancies).Remote);
    }

    [Fact]
    public void Extract_NoJobLocationType_LeavesRemoteToTheText()
    {
        var result = Fixtures.Extract("nl-lasser.html", "https://werkenbij.vanderbergmetaal.nl/vacatures/lasser-mig-mag");

        Assert.Null(Assert.Single(result.Vacancies).Remote);
    }

    [Fact]
    public void Extract_MalformedGermanJsonLd_IsRepairedAndDecodedOnce()
    {
        var result = Fixtures.Extract("de-schweisser-malformed.html", "https://karriere.mueller-stahlbau.de/jobs/schweisser");

        var vacancy = Assert.Single(result.Vacancies);
        Assert.Equal("Schweißer (m/w/d) MIG/MAG", vacancy.Title);
        Assert.Equal("https://karriere.mueller-stahlbau.de/jobs/schweisser", vacancy.Id);
        Assert.Equal("Müller Stahlbau GmbH", vacancy.Employer);
        Assert.StartsWith("<p>Ihre Aufgaben:</p><ul><li>Schweißen von Baugruppen</li></ul>\n<p>Gute", vacancy.Description, StringComparison.Ordinal);
        Assert.Equal("de", vacancy.Language);
        Assert.Equal(["FULL_TIME", "PART_TIME"], vacancy.EmploymentType);
        Assert.Equal(2, vacancy.Locations.Count);
        Assert.Equal("Kevelaer", vacancy.Location!.Place);
        Assert.Equal("DE", vacancy.Location.Country);
        Assert.Equal(51.583, vacancy.Location.Lat);
        Assert.Equal("Kleve", vacancy.Locations[1].Place);
        Assert.Equal("DE", vacancy.Locations[1].Country);
        Assert.Equal(18.5m, vacancy.Salary!.Min);
        Assert.Equal("hour", vacancy.Salary.Period);
        Assert.Empty(result.Notes);
        Assert.False(result.MissedPostings);
    }

    [Fact]
    public void Extract_FrenchMicrodata_ReadsNestedItems()
    {
        var result = Fixtures.Extract("fr-microdata.html", "https://emplois.dupont-metal.be/offres/soudeur-tig");

        var vacancy = Assert.Single(result.Vacancies);
        Assert.Equal("Soudeur TIG (h/f/x)", vacancy.Title);
        Assert.Equal("Métallerie Dupont SA", vacancy.Employer);
        Assert.Equal("fr", vacancy.Language);
        Assert.Equal(new DateOnly(2026, 10, 28), vacancy.Posted);
        Assert.Equal(new DateOnly(2027, 1, 15), vacancy.ValidThrough);
        Assert.Equal(["CDI"], vacancy.EmploymentType);
        Assert.Equal("4000 Liège", vacancy.Location!.Text);
        Assert.Equal("BE", vacancy.Location.Country);
        Assert.Equal(50.6326, vacancy.Location.Lat);
        Assert.Equal(2800m, vacancy.Salary!.Min);
        Assert.Equal(3300m, vacancy.Salary.Max);
        Assert.Contains("<p>Bonne maîtrise du français", vacancy.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ItemListAndMainEntity_FindsNestedPostingsAndDropsExpired()
    {
        var result = Fixtures.Extract("itemlist.html", "https://www.logistik-nord.de/stellen");

        Assert.Equal(["Lagerhelfer (m/w/d)", "Disponent (m/w/d)"], result.Vacancies.Select(v => v.Title));
        Assert.Equal(1, result.Closed);
        Assert.Equal("https://www.logistik-nord.de/stellen/lagerhelfer-123", result.Vacancies[0].Url);
        Assert.Equal("Emmerich am Rhein", result.Vacancies[0].Location!.Place);
        Assert.Equal("D-789", result.Vacancies[1].Id);
        Assert.Equal("https://www.logistik-nord.de/stellen", result.Vacancies[1].Url);
        Assert.Null(result.Vacancies[1].Location);
    }

    [Fact]
    public void Extract_BrokenPage_ReadsRepairableBlocksAndNotesTheRest()
    {
        var result = Fixtures.Extract("broken.html", "https://www.logistiek-zuid.nl/vacatures");

        Assert.Equal(["Heftruckchauffeur (m/v/x)", "Orderpicker", "Teamleider magazijn"], result.Vacancies.Select(v => v.Title));
        Assert.Single(result.Notes);
        Assert.True(result.MissedPostings);
        Assert.Equal("<p>Rijden met een &lt;heftruck&gt;</p>", result.Vacancies[0].Description);
        Assert.Equal("Ploegendienst \"vroeg/laat\" in Venray", result.Vacancies[1].Description);
        Assert.All(result.Vacancies, v => Assert.Equal("nl", v.Language));
    }

    [Fact]
    public void Extract_ScriptInjection_LeavesNoMarkupInTitleOrEmployerAndKeepsEscapedTextEscaped()
    {
        var result = Fixtures.Extract("injection.html", "https://jobs.acme-logistics.example/jobs/forklift");

        var vacancy = Assert.Single(result.Vacancies);
        Assert.Equal("Forklift driver", vacancy.Title);
        Assert.Equal("ACME Logistics", vacancy.Employer);
        Assert.DoesNotContain("<script", vacancy.Description, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", vacancy.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Latin1Page_DecodesUmlauts()
    {
        var result = Fixtures.Extract("latin1.html", "https://www.frisch-kuehl.de/karriere/lagerhelfer");

        var vacancy = Assert.Single(result.Vacancies);
        Assert.Equal("Lagerhelfer (m/w/d) Kühlhaus", vacancy.Title);
        Assert.Equal("Frisch & Kühl GmbH", vacancy.Employer);
        Assert.Contains("Verstärkung – ab sofort", vacancy.Description, StringComparison.Ordinal);
        Assert.Equal("47574 Goch", vacancy.Location!.Text);
        Assert.Equal("DE", vacancy.Location.Country);
    }

    [Fact]
    public void Extract_PageSayingTheJobIsFilled_YieldsNothingOpen()
    {
        var result = Fixtures.Extract("closed-de.html", "https://www.elektro-schmitz.de/jobs/elektriker");

        Assert.Empty(result.Vacancies);
        Assert.True(result.PageClosed);
    }

    [Theory]
    [InlineData("<p class=\"notice\">Deze vacature is gesloten.</p>")]
    [InlineData("<p>Helaas, deze vacature is niet meer beschikbaar</p>")]
    [InlineData("<div>Diese Stelle ist leider nicht mehr verfügbar.</div>")]
    [InlineData("<div>Cette offre n’est plus disponible.</div>")]
    [InlineData("<h2>This job is no longer   available</h2>")]
    public void Extract_ClosedPhrases_CloseThePage(string notice)
    {
        var html = $$"""<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Monteur (m/w/d)"}</script></head><body>{{notice}}</body></html>""";

        var result = new JobPostingExtractor().Extract(html, new Uri("https://example.de/jobs/1"), Fixtures.Defaults);

        Assert.Empty(result.Vacancies);
        Assert.True(result.PageClosed);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Gone)]
    public void Extract_GoneStatus_YieldsNothing(HttpStatusCode status)
    {
        var result = new JobPostingExtractor().Extract(Fixtures.Html("nl-lasser.html"), new Uri("https://example.nl/vacature/1"), Fixtures.Defaults, status);

        Assert.Empty(result.Vacancies);
        Assert.True(result.PageClosed);
    }

    [Fact]
    public void Extract_DefinitionDefaults_FillGaps()
    {
        var defaults = Fixtures.Defaults with { Employer = "Stadtwerke Kleve", Country = "DE", Language = "de" };
        const string Html = """<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Netzmonteur (m/w/d)","jobLocation":{"address":{"addressLocality":"Kleve"}}}</script></head></html>""";

        var vacancy = Assert.Single(new JobPostingExtractor().Extract(Html, new Uri("https://jobs.example.com/netzmonteur"), defaults).Vacancies);

        Assert.Equal("Stadtwerke Kleve", vacancy.Employer);
        Assert.Equal("DE", vacancy.Location!.Country);
        Assert.Equal("de", vacancy.Language);
    }

    [Fact]
    public void Extract_LargeGermanPage_FindsTheGraphPosting()
    {
        var result = Fixtures.Extract("de-50kb.html", "https://karriere.mueller-stahlbau.de/jobs/schweisser-4711?utm_source=google");

        var vacancy = Assert.Single(result.Vacancies);
        Assert.Equal("4711", vacancy.Id);
        Assert.Equal("https://karriere.mueller-stahlbau.de/jobs/schweisser-4711", vacancy.Url);
        Assert.Equal("Schweißer (m/w/d) MIG/MAG", vacancy.Title);
        Assert.Equal("47623 Kevelaer", vacancy.Location!.Text);
    }

    [Fact]
    public void Extract_SamePostingInJsonLdAndMicrodata_YieldsItOnce()
    {
        const string Html = """
            <html lang="nl"><head><script type="application/ld+json">{"@type":"JobPosting","title":"Chauffeur C/CE (m/v/x)","identifier":"77","jobLocation":{"address":{"addressLocality":"Venlo"}}}</script></head>
            <body><div itemscope itemtype="http://schema.org/JobPosting"><h1 itemprop="title">Chauffeur C/CE (m/v/x)</h1>
            <div itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><span itemprop="address">Venlo</span></div></div></body></html>
            """;

        var result = new JobPostingExtractor().Extract(Html, new Uri("https://www.transport-venlo.nl/vacatures/chauffeur"), Fixtures.Defaults);

        Assert.Equal("77", Assert.Single(result.Vacancies).Id);
    }

    [Fact]
    public void Extract_CanonicalAndUrlPointingAtTheSiteRoot_FallBackToThePage()
    {
        const string Html = """
            <html><head><link rel="canonical" href="https://www.bakkerij-janssen.nl/"><script type="application/ld+json">{"@type":"JobPosting","title":"Bakker (m/v/x)","url":"https://www.bakkerij-janssen.nl/werken-bij"}</script></head></html>
            """;

        var vacancy = Assert.Single(new JobPostingExtractor().Extract(Html, new Uri("https://www.bakkerij-janssen.nl/werken-bij/bakker"), Fixtures.Defaults).Vacancies);

        Assert.Equal("https://www.bakkerij-janssen.nl/werken-bij/bakker", vacancy.Url);
        Assert.Equal(vacancy.Url, vacancy.Id);
    }

    [Fact]
    public void Extract_GraphWithIdReferences_ResolvesOrganizationAndPlace()
    {
        const string Html = """
            <html lang="de"><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"JobPosting","title":"Pflegefachkraft (m/w/d)","hiringOrganization":{"@id":"https://www.st-antonius.de/#organization"},"jobLocation":[{"@id":"#haus-kleve"}]},
            {"@type":"Organization","@id":"https://www.st-antonius.de/#organization","name":"St.-Antonius-Hospital Kleve"},
            {"@type":"Place","@id":"#haus-kleve","address":{"@type":"PostalAddress","postalCode":"47533","addressLocality":"Kleve","addressCountry":"DE"}}]}</script></head></html>
            """;

        var vacancy = Assert.Single(new JobPostingExtractor().Extract(Html, new Uri("https://www.st-antonius.de/karriere/pflege"), Fixtures.Defaults).Vacancies);

        Assert.Equal("St.-Antonius-Hospital Kleve", vacancy.Employer);
        Assert.Equal("Kleve", vacancy.Location!.Place);
    }
}
