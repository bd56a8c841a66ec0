using GrensJobs.Crawlers.Declarative;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Tests.Declarative;

public sealed class SourceDefinitionRulesTests : IDisposable
{
    private const string Kleve = """
        id: kleve-antriebstechnik
        kind: personio
        name: Niederrhein Antriebstechnik GmbH
        url: https://kleve-antriebstechnik.jobs.personio.de
        country: DE
        language: de
        settings:
          languages: de,nl
        """;

    private readonly SourceFiles files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData("kind: personio", "kind: personia", 2, "kind: \"personia\" is not a known kind (known: html, personio, schema-org)")]
    [InlineData("country: DE", "country: Deutschland", 5, "country: \"Deutschland\" must be one of NL, DE, BE")]
    [InlineData("country: DE", "country: FR", 5, "country: \"FR\" must be one of NL, DE, BE")]
    [InlineData("language: de", "language: deutsch", 6, "language: \"deutsch\" must be one of nl, de, fr, en")]
    [InlineData("name: Niederrhein Antriebstechnik GmbH", "maxPages: 0", 3, "maxPages: \"0\" is not a whole number from 1 to 100000")]
    [InlineData("name: Niederrhein Antriebstechnik GmbH", "maxPages: zweihundert", 3, "maxPages: \"zweihundert\" is not a whole number from 1 to 100000")]
    [InlineData("name: Niederrhein Antriebstechnik GmbH", "politeness:\n  requestsPerSecond: 0", 4, "politeness.requestsPerSecond: \"0\" is not a number above 0 and at most 10")]
    [InlineData("name: Niederrhein Antriebstechnik GmbH", "politeness:\n  maxConcurrency: 64", 4, "politeness.maxConcurrency: \"64\" is not a whole number from 1 to 16")]
    [InlineData("name: Niederrhein Antriebstechnik GmbH", "allowPrivateAddresses: ja", 3, "allowPrivateAddresses: \"ja\" is not true or false")]
    [InlineData("name: Niederrhein Antriebstechnik GmbH", "name: [a, b]", 3, "name: expected a single value, not a list or a section")]
    [InlineData("name: Niederrhein Antriebstechnik GmbH", "listing:\n  item: li", 3, "listing: only definitions of kind html have this section")]
    [InlineData("kind: personio", "kind:", 2, "kind: must not be empty")]
    [InlineData("kind: personio", "kind: [personio, html]", 2, "kind: expected a single value, not a list or a section")]
    [InlineData("  languages: de,nl", "  languages:\n    de: ja", 8, "settings.languages: expected a single value, not a list or a section")]
    public void LoadFile_InvalidValue_ReportsLineAndReason(string replaced, string replacement, int line, string message)
    {
        var path = files.Write("kleve-antriebstechnik.yaml", Kleve.Replace(replaced, replacement, StringComparison.Ordinal));

        var catalog = SourceDefinitionLoader.LoadFile(path, Adapters());

        Assert.Equal($"{path}:{line}: {message}", Assert.Single(catalog.Errors).ToString());
        Assert.Empty(catalog.Definitions);
    }

    [Fact]
    public void LoadFile_AdapterProblemAboutASetting_PointsAtTheSettingsLine()
    {
        var path = files.Write("kleve-antriebstechnik.yaml", Kleve);
        var personio = new FakeAdapter(SourceKinds.Personio,
            new SourceProblem("settings.languages", "\"de,nl\" has a language Personio does not offer"),
            new SourceProblem("settings.company", "is required"),
            new SourceProblem(null, "the feed URL must end in /xml"));

        var errors = SourceDefinitionLoader.LoadFile(path, [personio, new HtmlSiteAdapter()]).Errors;

        Assert.Equal(
            [
                $"{path}:1: the feed URL must end in /xml",
                $"{path}:7: settings.company: is required",
                $"{path}:8: settings.languages: \"de,nl\" has a language Personio does not offer",
            ],
            errors.Select(error => error.ToString()));
        Assert.Equal("kleve-antriebstechnik", Assert.Single(personio.Validated).Id);
    }

    [Fact]
    public void LoadFile_HtmlDefinitionWithoutTitleSelector_ReportsTheAdapterProblemAtTheFieldsLine()
    {
        var path = files.Write("roermond-logistiek.yaml", """
            id: roermond-logistiek
            kind: html
            url: https://werkenbij.roermond-logistiek.example.nl/
            listing:
              item: article.job
              fields:
                place: .plaats
            """);

        var error = Assert.Single(SourceDefinitionLoader.LoadFile(path, Adapters()).Errors);

        Assert.Equal($"{path}:6: listing.fields: a title selector is required in listing.fields or detail.fields", error.ToString());
    }

    [Fact]
    public void LoadFile_HtmlDefinitionWithoutListing_ReportsTheMissingSection()
    {
        var path = files.Write("roermond-logistiek.yaml", "id: roermond-logistiek\nkind: html\nurl: https://roermond-logistiek.example.nl/\n");

        var error = Assert.Single(SourceDefinitionLoader.LoadFile(path, Adapters()).Errors);

        Assert.Equal($"{path}:1: listing: is required for kind html (with at least listing.item)", error.ToString());
    }

    [Fact]
    public void LoadFile_BadDateCultureAndFormat_ReportBothLines()
    {
        var path = files.Write("aachen-pflege.yaml", """
            id: aachen-pflege
            kind: html
            url: https://karriere.aachen-pflege.example.de/stellen
            listing:
              item: li.stelle
              fields:
                title: a
            dates:
              format: Datum
              culture: de-XX-Aachen
            """);

        var errors = SourceDefinitionLoader.LoadFile(path, Adapters()).Errors;

        Assert.Equal([9, 10], errors.Select(error => error.Line));
        Assert.StartsWith("dates.format: \"Datum\" is not a .NET date format", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("dates.culture: \"de-XX-Aachen\" is not a known culture", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_SeveralErrors_ReportsEveryOneInFileOrder()
    {
        var path = files.Write("kleve-antriebstechnik.yaml", """
            id: kleve-antriebstechnik
            kind: personio
            url: mailto:jobs@kleve.example.de
            country: NLD
            schedule: "0 0 2 * * ?"
            """);

        var errors = SourceDefinitionLoader.LoadFile(path, Adapters()).Errors;

        Assert.Equal([3, 4, 5], errors.Select(error => error.Line));
    }

    [Fact]
    public void LoadDirectory_MissingDirectory_IsAnEmptyCatalog()
    {
        var catalog = SourceDefinitionLoader.LoadDirectory(Path.Combine(files.Directory, "bestaat-niet"), Adapters());

        Assert.Empty(catalog.Definitions);
        Assert.True(catalog.IsValid);
    }

    [Fact]
    public void LoadDirectory_YmlExtension_IsReportedWithTheExpectedName()
    {
        var path = files.Write("kleve-antriebstechnik.yml", Kleve);

        var error = Assert.Single(SourceDefinitionLoader.LoadDirectory(files.Directory, Adapters()).Errors);

        Assert.Equal($"{path}:1: a definition file is named <id>.yaml", error.ToString());
    }

    [Fact]
    public void LoadDirectory_RepositoryExamples_AreValid()
    {
        var directory = Path.Combine(RepositoryRoot(), "crawlers", "examples");

        var catalog = SourceDefinitionLoader.LoadDirectory(directory, Adapters());

        Assert.Empty(catalog.Errors);
        Assert.Equal(["kleve-antriebstechnik", "venlo-techniek", "zorggroep-maasland"], catalog.Definitions.Select(d => d.Id));
        Assert.Equal(["DE", "NL", "BE"], catalog.Definitions.Select(d => d.Country));
        Assert.NotNull(catalog.Find("venlo-techniek")?.Html);
        Assert.Equal("de,nl", catalog.Find("kleve-antriebstechnik")?.Settings["languages"]);
    }

    private static ISourceAdapter[] Adapters() =>
        [new HtmlSiteAdapter(), new FakeAdapter(SourceKinds.Personio), new FakeAdapter(SourceKinds.SchemaOrg)];

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GrensJobs.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("GrensJobs.sln not found above the test output.");
    }
}
