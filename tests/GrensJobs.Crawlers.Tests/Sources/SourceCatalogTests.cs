using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Tests.Sources;

public sealed class SourceCatalogTests
{
    [Fact]
    public void SourceDefinitionError_ToString_IsFileLineMessage()
    {
        var error = new SourceDefinitionError("crawlers/sources/venlo-techniek.yaml", 12, "listing.item: \"div..vacancy\" is not a valid CSS selector");

        Assert.Equal("crawlers/sources/venlo-techniek.yaml:12: listing.item: \"div..vacancy\" is not a valid CSS selector", error.ToString());
    }

    [Fact]
    public void Find_KnownAndUnknownId_ReturnsTheDefinitionOrNull()
    {
        var kleve = new SourceDefinition { Id = "kleve-antriebstechnik", Kind = SourceKinds.Personio, Url = new Uri("https://kleve-antriebstechnik.jobs.personio.de") };
        var catalog = new SourceCatalog([kleve], [new SourceDefinitionError("crawlers/sources/x.yaml", 1, "id: is required")]);

        Assert.Same(kleve, catalog.Find("kleve-antriebstechnik"));
        Assert.Null(catalog.Find("Kleve-Antriebstechnik"));
        Assert.False(catalog.IsValid);
        Assert.True(SourceCatalog.Empty.IsValid);
    }
}
