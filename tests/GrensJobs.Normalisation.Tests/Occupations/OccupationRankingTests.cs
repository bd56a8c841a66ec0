using GrensJobs.Core.Text;
using GrensJobs.Normalisation.Occupations;

namespace GrensJobs.Normalisation.Tests.Occupations;

public sealed class OccupationRankingTests
{
    private const string Welder = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";
    private const string BakerySeller = "http://data.europa.eu/esco/occupation/2e9c9404-0d86-453c-9001-3a0cd1d1323b";
    private const string Cook = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e";

    [Theory]
    [InlineData("Soudeur / Soudeuse", "fr", Welder)]
    [InlineData("Soudeur (H/F)", "fr", Welder)]
    [InlineData("Vendeur / Vendeuse en boulangerie", "fr", BakerySeller)]
    [InlineData("Vendeur/Vendeuse en boulangerie H/F", "fr", BakerySeller)]
    [InlineData("Welders", "en", Welder)]
    [InlineData("Cooks", "en", Cook)]
    [InlineData("Koch (m/w/d)", "de", Cook)]
    public void Link_GenderPairsAndPlurals_ReachTheOccupation(string title, string language, string esco)
    {
        var match = LinkerFixture.Linker.Link(title, null, language, null);

        Assert.NotNull(match);
        Assert.Equal(esco, match.Esco);
    }

    [Fact]
    public void Link_PluralTitleNamingOnlyAnIscoGroup_AnswersTheGroup()
    {
        // ESCO has no occupation labelled "kitchen helper"; ISCO-08 unit group 9412 is "Kitchen helpers"
        var match = LinkerFixture.Linker.Link("Kitchen helpers", null, "en", null);

        Assert.NotNull(match);
        Assert.Equal("http://data.europa.eu/esco/isco/C9412", match.Esco);
        Assert.Equal("9412", match.Isco);
    }

    [Theory]
    [InlineData("Kelner", "nl")]
    [InlineData("Koch", "de")]
    [InlineData("Keukenhulp", "nl")]
    public void Link_SingularTitle_NeverAnswersAnIscoGroup(string title, string language)
    {
        var match = LinkerFixture.Linker.Link(title, null, language, null);

        Assert.NotNull(match);
        Assert.StartsWith("http://data.europa.eu/esco/occupation/", match.Esco, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_TitleAliases_NeverOverrideAnEscoLabelOfTheSameText()
    {
        var linker = LinkerFixture.Linker;
        var checkedAliases = 0;
        foreach (var alias in linker.Catalog.Aliases)
        {
            var folded = TextFolding.Fold(alias.Title);
            var owners = linker.Catalog.Concepts
                .Where(c => c.Labels[alias.Language].Any(l => TextFolding.Fold(l) == folded))
                .Select(c => c.Uri)
                .ToHashSet(StringComparer.Ordinal);
            if (owners.Count == 0 || owners.Contains(alias.ConceptUri))
            {
                continue;
            }

            checkedAliases++;
            var match = linker.Link(alias.Title, null, EscoLanguages.Codes[alias.Language], null);
            Assert.True(match is not null && owners.Contains(match.Esco), $"\"{alias.Title}\" went to {match?.Esco} instead of an ESCO concept with that label");
        }

        Assert.True(checkedAliases > 10, $"only {checkedAliases} aliases share a text with an ESCO label");
    }

    [Fact]
    public void Link_ConfidenceOfAPreferredLabel_ExceedsThatOfAFuzzyGuess()
    {
        var linker = LinkerFixture.Linker;

        var exact = linker.Link("Schweißer", null, "de", null);
        var fuzzy = linker.Link("Schweißhelfer Rohrleitungsbau Nachtschicht", null, "de", null);

        Assert.NotNull(exact);
        Assert.NotNull(fuzzy);
        Assert.True(exact.Confidence > 0.9, $"exact preferred label {exact.Confidence}");
        Assert.True(fuzzy.Confidence < exact.Confidence, $"fuzzy {fuzzy.Confidence} ≥ exact {exact.Confidence}");
    }

    [Fact]
    public void Weights_CoverEveryRankingFeature()
    {
        var path = Path.Combine(Seeds.DefaultDirectory, "esco", "linker_weights.csv");
        var names = File.ReadLines(path).Skip(1).Select(l => l.Split(',')[0]).ToHashSet(StringComparer.Ordinal);

        Assert.All(RankFeatures.Names, n => Assert.Contains(n, names));
        Assert.Contains("calibration.logit", names);
        Assert.Contains("exact.sameLanguage", names);
    }

    [Fact]
    public void Explain_NamesTheCleanedTitleAndTheCandidates()
    {
        var text = OccupationExplanation.Of(LinkerFixture.Linker, "Schweißer (m/w/d) Rohrleitungsbau", "de");

        Assert.Contains("cleaned: \"schweisser rohrleitungsbau\"", text, StringComparison.Ordinal);
        Assert.Contains("path: ranked", text, StringComparison.Ordinal);
        Assert.Contains("1. ", text, StringComparison.Ordinal);
        Assert.Contains("cosine", text, StringComparison.Ordinal);
    }
}
