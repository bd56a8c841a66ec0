using GrensJobs.Crawlers.Declarative;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Tests.Declarative;

public sealed class SourceDefinitionLoaderTests : IDisposable
{
    private const string VenloTechniek = """
        # Werken bij Venlo Techniek
        id: venlo-techniek
        kind: html
        name: Venlo Techniek B.V.
        url: https://www.venlotechniek.example.nl/vacatures
        schedule: "0 15 6 ? * MON-FRI"
        country: NL
        language: nl
        employer: Venlo Techniek B.V.
        maxPages: 250
        allowPrivateAddresses: false
        politeness:
          requestsPerSecond: 0.5
          maxConcurrency: 2
        settings:
          Afdeling: techniek
          talen: [nl, de]
        listing:
          url: /vacatures?pagina={page}
          item: "div.vacancy"
          link: a.vacancy__link@href
          firstPage: 0
          lastPage: 4
          maxPages: 5
          fields:
            title: h3
            place: .plaats
        detail:
          fields:
            title: h1
            description: div.omschrijving
            posted: time@datetime
        dates:
          format: d MMMM yyyy
          culture: nl-NL
        """;

    private readonly SourceFiles files = new();
    private readonly ISourceAdapter[] adapters =
        [new HtmlSiteAdapter(), new FakeAdapter(SourceKinds.Personio), new FakeAdapter(SourceKinds.SchemaOrg)];

    public void Dispose() => files.Dispose();

    [Fact]
    public void LoadFile_ValidHtmlDefinition_RoundTripsEveryKey()
    {
        var path = files.Write("venlo-techniek.yaml", VenloTechniek);

        var catalog = SourceDefinitionLoader.LoadFile(path, adapters);

        Assert.Empty(catalog.Errors);
        var definition = Assert.Single(catalog.Definitions);
        Assert.Equal("venlo-techniek", definition.Id);
        Assert.Equal(SourceKinds.Html, definition.Kind);
        Assert.Equal("Venlo Techniek B.V.", definition.Name);
        Assert.Equal(new Uri("https://www.venlotechniek.example.nl/vacatures"), definition.Url);
        Assert.Equal("0 15 6 ? * MON-FRI", definition.Schedule);
        Assert.Equal(("NL", "nl"), (definition.Country, definition.Language));
        Assert.Equal("Venlo Techniek B.V.", definition.Employer);
        Assert.Equal(250, definition.MaxPages);
        Assert.False(definition.AllowPrivateAddresses);
        Assert.Equal(new PolitenessSettings { RequestsPerSecond = 0.5, MaxConcurrency = 2 }, definition.Politeness);
        Assert.Equal("techniek", definition.Settings["afdeling"]);
        Assert.Equal("nl,de", definition.Settings["talen"]);
        Assert.Equal(path, definition.Path);
        var site = Assert.IsType<HtmlSite>(definition.Html);
        Assert.Equal("/vacatures?pagina={page}", site.ListingUrl);
        Assert.Equal(("div.vacancy", "a.vacancy__link@href"), (site.Item, site.Link));
        Assert.Equal((0, 4, 5), (site.FirstPage, site.LastPage, site.MaxListingPages));
        Assert.Equal(new Dictionary<string, string> { ["title"] = "h3", ["place"] = ".plaats" }, site.ListingFields);
        Assert.Equal("time@datetime", site.DetailFields["posted"]);
        Assert.Equal(("d MMMM yyyy", "nl-NL"), (site.DateFormat, site.DateCulture));
    }

    [Theory]
    [InlineData("id: venlo-techniek\nkind: html\nurl: \"https://x.example.nl\n", 3)]
    [InlineData("id: venlo-techniek\nkind: html\n  url: https://x.example.nl\nname: x\n", 3)]
    [InlineData("id: venlo-techniek\nkind: html\nname: Venlo Techniek\nurl: [https://x.example.nl\nname: x\n", 5)]
    [InlineData("id: venlo-techniek\nkind: html\nkind: personio\n", 3)]
    public void LoadFile_InvalidYaml_ReportsTheLineOfTheSyntaxError(string text, int line)
    {
        var path = files.Write("venlo-techniek.yaml", text);

        var catalog = SourceDefinitionLoader.LoadFile(path, adapters);

        var error = Assert.Single(catalog.Errors);
        Assert.Equal((path, line), (error.File, error.Line));
        Assert.StartsWith("invalid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Idx:", error.Message, StringComparison.Ordinal);
        Assert.Empty(catalog.Definitions);
    }

    [Fact]
    public void LoadFile_UnknownKey_ReportsItsLineAndTheNearestKnownKey()
    {
        var path = files.Write("venlo-techniek.yaml", VenloTechniek.Replace("maxPages: 250", "maxpages: 250", StringComparison.Ordinal));

        var catalog = SourceDefinitionLoader.LoadFile(path, adapters);

        var error = Assert.Single(catalog.Errors);
        Assert.Equal($"{path}:10: maxpages: unknown key (did you mean \"maxPages\"?)", error.ToString());
        Assert.Empty(catalog.Definitions);
    }

    [Fact]
    public void LoadFile_UnknownNestedKey_ReportsTheDottedPath()
    {
        var path = files.Write("venlo-techniek.yaml", VenloTechniek.Replace("    place: .plaats", "    stad: .plaats", StringComparison.Ordinal));

        var error = Assert.Single(SourceDefinitionLoader.LoadFile(path, adapters).Errors);

        Assert.Equal(27, error.Line);
        Assert.StartsWith("listing.fields.stad: unknown key (known: title, description,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_MissingId_IsRequiredAtLineOne()
    {
        var path = files.Write("venlo-techniek.yaml", VenloTechniek.Replace("id: venlo-techniek\n", string.Empty, StringComparison.Ordinal));

        var error = Assert.Single(SourceDefinitionLoader.LoadFile(path, adapters).Errors);

        Assert.Equal($"{path}:1: id: is required", error.ToString());
    }

    [Theory]
    [InlineData("venlo", "\"venlo\" must equal the file name (venlo-techniek.yaml holds id \"venlo-techniek\")")]
    [InlineData("Venlo-Techniek", "\"Venlo-Techniek\" may only have lower-case letters, digits and single dashes")]
    [InlineData("venlo_techniek", "\"venlo_techniek\" may only have lower-case letters, digits and single dashes")]
    public void LoadFile_IdNotMatchingTheFileName_ReportsTheIdLine(string id, string message)
    {
        var path = files.Write("venlo-techniek.yaml", VenloTechniek.Replace("id: venlo-techniek", $"id: {id}", StringComparison.Ordinal));

        var error = Assert.Single(SourceDefinitionLoader.LoadFile(path, adapters).Errors);

        Assert.Equal(2, error.Line);
        Assert.StartsWith($"id: {message}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_SameIdInTwoSubdirectories_KeepsTheFirstAndReportsTheSecond()
    {
        var first = files.Write("nl/venlo-techniek.yaml", VenloTechniek);
        var second = files.Write("zz/venlo-techniek.yaml", VenloTechniek);

        var catalog = SourceDefinitionLoader.LoadDirectory(files.Directory, adapters);

        Assert.Equal(first, Assert.Single(catalog.Definitions).Path);
        Assert.Equal($"{second}:1: id: \"venlo-techniek\" is also the id of {first}", Assert.Single(catalog.Errors).ToString());
    }

    [Theory]
    [InlineData("ftp://ftp.venlotechniek.example.nl/vacatures")]
    [InlineData("/vacatures")]
    [InlineData("www.venlotechniek.example.nl")]
    public void LoadFile_UrlNotAbsoluteHttp_ReportsTheUrlLine(string url)
    {
        var path = files.Write("venlo-techniek.yaml",
            VenloTechniek.Replace("url: https://www.venlotechniek.example.nl/vacatures", $"url: {url}", StringComparison.Ordinal));

        var error = Assert.Single(SourceDefinitionLoader.LoadFile(path, adapters).Errors);

        Assert.Equal($"{path}:5: url: \"{url}\" is not an absolute http or https URL", error.ToString());
    }

    [Theory]
    [InlineData("0 15 6 * *")]
    [InlineData("0 61 6 * * ?")]
    [InlineData("elke dag om zes uur")]
    public void LoadFile_InvalidCron_ReportsTheScheduleLine(string schedule)
    {
        var path = files.Write("venlo-techniek.yaml", VenloTechniek.Replace("0 15 6 ? * MON-FRI", schedule, StringComparison.Ordinal));

        var error = Assert.Single(SourceDefinitionLoader.LoadFile(path, adapters).Errors);

        Assert.Equal(6, error.Line);
        Assert.StartsWith($"schedule: \"{schedule}\" is not a valid Quartz cron expression (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CronFormat", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 30 2 * * ?")]
    [InlineData("0 0 1-3 * * ?")]
    [InlineData("0 0/15 * * * ?")]
    [InlineData("0 0 22-2 * * ?")]
    [InlineData("0 0 0/2 * * ?")]
    [InlineData("0 0 6,14,2 ? * MON")]
    public void LoadFile_CronFiringInTheDaylightSavingHour_IsRejected(string schedule)
    {
        var path = files.Write("venlo-techniek.yaml", VenloTechniek.Replace("0 15 6 ? * MON-FRI", schedule, StringComparison.Ordinal));

        var error = Assert.Single(SourceDefinitionLoader.LoadFile(path, adapters).Errors);

        Assert.Equal(6, error.Line);
        Assert.Contains("fires between 02:00 and 03:00", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 59 1 * * ?")]
    [InlineData("0 0 3 * * ?")]
    [InlineData("0 0 1/3 * * ?")]
    [InlineData("0 0 22-1 * * ?")]
    public void LoadFile_CronOutsideTheDaylightSavingHour_IsAccepted(string schedule)
    {
        var path = files.Write("venlo-techniek.yaml", VenloTechniek.Replace("0 15 6 ? * MON-FRI", schedule, StringComparison.Ordinal));

        Assert.Empty(SourceDefinitionLoader.LoadFile(path, adapters).Errors);
    }

    [Fact]
    public void LoadFile_InvalidSelector_ReportsFileLineKeyAndSelector()
    {
        var path = files.Write("venlo-techniek.yaml", VenloTechniek.Replace("item: \"div.vacancy\"", "item: \"div..vacancy\"", StringComparison.Ordinal));

        var error = Assert.Single(SourceDefinitionLoader.LoadFile(path, adapters).Errors);

        Assert.Equal($"{path}:20: listing.item: \"div..vacancy\" is not a valid CSS selector", error.ToString());
    }

    [Fact]
    public void LoadFile_InvalidFieldSelector_ReportsTheFieldLine()
    {
        var path = files.Write("venlo-techniek.yaml", VenloTechniek.Replace("posted: time@datetime", "posted: time[@datetime", StringComparison.Ordinal));

        var error = Assert.Single(SourceDefinitionLoader.LoadFile(path, adapters).Errors);

        Assert.Equal("detail.fields.posted: \"time[@datetime\" is not a valid CSS selector", error.Message);
        Assert.Equal(32, error.Line);
    }
}
