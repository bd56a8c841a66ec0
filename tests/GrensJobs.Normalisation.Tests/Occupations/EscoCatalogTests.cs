using GrensJobs.Normalisation.Occupations;

namespace GrensJobs.Normalisation.Tests.Occupations;

public sealed class EscoCatalogTests
{
    private const string Welder = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    [Fact]
    public void Load_SeedFiles_ReadsEveryConceptAndGroup()
    {
        var catalog = LinkerFixture.Linker.Catalog;

        Assert.Equal(3044, catalog.Concepts.Count);
        Assert.Equal("Schweißer/Schweißerin", catalog.Find(Welder)!.PreferredLabels["de"]);
        Assert.Equal("7212", catalog.Find(Welder)!.Isco);
        Assert.Equal("72", catalog.FindGroup("721")!.Parent);
        Assert.Equal(4, catalog.FindGroup("7212")!.Level);
        Assert.NotEmpty(catalog.Aliases);
    }

    [Fact]
    public void Load_TitleAliases_EveryAliasPointsAtAConceptOfTheCatalog()
    {
        var catalog = LinkerFixture.Linker.Catalog;

        var dangling = catalog.Aliases.Where(alias => catalog.Find(alias.ConceptUri) is null).Select(alias => alias.Title).ToList();

        Assert.True(catalog.Aliases.Count > 400, $"only {catalog.Aliases.Count} aliases loaded");
        Assert.Empty(dangling);
    }

    [Fact]
    public void Load_GenderPairs_SplitIntoBothForms()
    {
        var welder = LinkerFixture.Linker.Catalog.Find(Welder)!;

        Assert.Contains("Schweißer", welder.LabelsIn("de"));
        Assert.Contains("Schweißerin", welder.LabelsIn("de"));
        Assert.Contains("lasser", welder.LabelsIn("nl"));
        Assert.Empty(welder.LabelsIn("es"));
    }

    [Fact]
    public void Load_FrenchPairWithSharedComplement_CompletesTheFirstForm()
    {
        var seller = LinkerFixture.Linker.Catalog.Concepts.Single(c => c.PreferredLabels.GetValueOrDefault("fr") == "vendeur/vendeuse en articles de sport");

        Assert.Equal(["vendeur en articles de sport", "vendeuse en articles de sport"], seller.PreferredForms[2]);
    }
}
