using GrensJobs.Normalisation.Analysis;

namespace GrensJobs.Normalisation.Tests.Analysis;

public sealed class VacancyAnalyzersTests(VacancyAnalyzersFixture fixture) : IClassFixture<VacancyAnalyzersFixture>
{
    private List<string> Tokens(string language, string text) => AnalyzerTokens.Of(fixture.Analyzers.For(language), text);

    /// <summary>The term of a single word as such (decompounding may add its parts after it).</summary>
    private string Stem(string language, string word) => Tokens(language, word)[0];

    [Fact]
    public void German_Altenpflegefachkraft_SharesPartsWithAltenpflegerAndPflegefachkraft()
    {
        var compound = Tokens("de", "Altenpflegefachkraft");
        var altenpfleger = Tokens("de", "Altenpfleger");
        var pflegefachkraft = Tokens("de", "Pflegefachkraft");

        Assert.True(compound.Count > 1, string.Join(' ', compound));
        Assert.Contains(compound, t => t.Length < "altenpflegefachkraft".Length && altenpfleger.Contains(t, StringComparer.Ordinal));
        Assert.Contains(compound, t => t.Length < "pflegefachkraft".Length && pflegefachkraft.Contains(t, StringComparer.Ordinal));
        Assert.Contains(Stem("de", "Pflege"), compound);
        Assert.Contains(Stem("de", "Kraft"), compound);
    }

    [Fact]
    public void German_Berufskraftfahrer_ContainsFahrerAndKraft()
    {
        var tokens = Tokens("de", "Berufskraftfahrer");

        Assert.Contains(Stem("de", "Fahrer"), tokens);
        Assert.Contains(Stem("de", "Kraft"), tokens);
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("de", "Schweißer (m/w/d)")]
    [InlineData("de", "Schweißer m/w/d")]
    [InlineData("de", "Schweißer (w/m/d) in Aachen")]
    [InlineData("nl", "Lasser (m/v/x)")]
    [InlineData("fr", "Soudeur (h/f/x)")]
    [InlineData("en", "Welder (m/f/d)")]
    [InlineData("xx", "Schweißer (m/w/d)")]
    public void For_GenderMarker_LeavesNoMarkerTokens(string language, string text)
    {
        var tokens = Tokens(language, text);

        Assert.NotEmpty(tokens);
        Assert.DoesNotContain(tokens, t => t.Length == 1);
        Assert.DoesNotContain(tokens, t => t.Contains('/', StringComparison.Ordinal));
    }

    [Fact]
    public void German_Schweisser_FoldsSharpS()
    {
        var tokens = Tokens("de", "Schweißer (m/w/d)");

        Assert.DoesNotContain(tokens, t => t.Contains('ß', StringComparison.Ordinal));
        Assert.Equal(Stem("de", "Schweisser"), tokens[0]);
    }

    [Theory]
    [InlineData("Mitarbeiter*innen")]
    [InlineData("Mitarbeiter/in")]
    [InlineData("Mitarbeiter/-in")]
    [InlineData("Mitarbeiter:innen")]
    [InlineData("Mitarbeiter_in")]
    [InlineData("Mitarbeiter-in")]
    [InlineData("MitarbeiterInnen")]
    public void German_GenderSuffix_StemsLikeMasculine(string text)
    {
        Assert.Equal(Tokens("de", "Mitarbeiter"), Tokens("de", text));
    }

    [Theory]
    [InlineData("de", "Wir suchen eine/n Schweißer/in (m/w/d) für unsere Mitarbeiter*innen und MitarbeiterInnen in Kleve.")]
    [InlineData("de", "Ihre Aufgaben: Lehrer:innen betreuen, Fahrer-innen einweisen, Kolleg_innen unterstützen; Check-in um 7 Uhr.")]
    [InlineData("de", "Maschinenschmierer/Maschinenschmiererin (w/m/d) – In Dinslaken arbeiten 200 Kolleginnen und Kollegen.")]
    [InlineData("nl", "Wij zoeken een lasser (m/v/x) met ervaring in MIG/MAG-lassen en/of TIG.")]
    [InlineData("fr", "Soudeur (h/f/x) : vous assemblez des pièces d'acier à Liège.")]
    [InlineData("en", "Welder (m/f/d) for our site in Venlo, 38/40 hours a week.")]
    [InlineData("xx", "Spawacz (m/w/d) – Mitarbeiter*innen, KollegInnen, Fahrer/in.")]
    public void RemoveGenderMarkers_ThenPreparedText_GivesTheTermsOfTheCharFilterChain(string language, string text)
    {
        var prepared = AnalyzerTokens.Of(fixture.Analyzers.PreparedText(language), VacancyAnalyzers.RemoveGenderMarkers(text, language));

        Assert.Equal(AnalyzerTokens.Of(fixture.Analyzers.WholeWords(language), text), prepared);
    }

    [Fact]
    public void Dutch_LasserAndLassers_StemAlike()
    {
        Assert.Equal(Tokens("nl", "lassers"), Tokens("nl", "Lasser (m/v/x)"));
    }

    [Fact]
    public void French_SoudeursAndSoudeur_StemAlike()
    {
        Assert.Equal(Tokens("fr", "soudeur"), Tokens("fr", "soudeurs"));
    }

    [Fact]
    public void French_Elision_RemovesArticle()
    {
        Assert.Equal(Tokens("fr", "opérateur"), Tokens("fr", "l'opérateur"));
    }

    [Fact]
    public void English_Plural_StemsLikeSingular()
    {
        Assert.Equal(Tokens("en", "welder"), Tokens("en", "welders"));
    }

    [Fact]
    public void Neutral_Diacritics_AreFolded()
    {
        Assert.Equal(["liege", "geleen", "koln"], Tokens("xx", "Liège Geleën Köln"));
    }

    [Theory]
    [InlineData("fr", "Liège", "Liege")]
    [InlineData("nl", "Liège", "Liege")]
    [InlineData("en", "Liège", "Liege")]
    [InlineData("fr", "Opératrice", "operatrice")]
    [InlineData("de", "Köln", "Koln")]
    public void For_Diacritics_FoldLikeUnaccented(string language, string accented, string plain)
    {
        var tokens = Tokens(language, accented);

        Assert.DoesNotContain(tokens, t => t.Any(c => c > '\u007f'));
        Assert.Equal(Tokens(language, plain), tokens);
    }

    [Fact]
    public void German_Umlaut_FoldsToBaseVowel()
    {
        var tokens = Tokens("de", "Bäcker");

        Assert.DoesNotContain(tokens, t => t.Any(c => c > '\u007f'));
        Assert.Equal(Stem("de", "Backer"), tokens[0]);
    }

    [Theory]
    [InlineData("de", "der", "und")]
    [InlineData("nl", "de", "van")]
    [InlineData("fr", "le", "pour")]
    [InlineData("en", "the", "and")]
    public void For_StopWords_AreRemoved(string language, string first, string second)
    {
        Assert.Empty(Tokens(language, $"{first} {second}"));
    }

    [Fact]
    public void For_UnknownLanguage_IsNeutralWithoutStemming()
    {
        Assert.Same(fixture.Analyzers.Neutral, fixture.Analyzers.For("pl"));
        Assert.Same(fixture.Analyzers.Neutral, fixture.Analyzers.For(null));
        Assert.Equal(["lassers", "en", "soudeurs"], Tokens("pl", "Lassers en Soudeurs"));
    }

    [Fact]
    public void For_LanguageCode_IsCaseInsensitive()
    {
        Assert.Same(fixture.Analyzers.For("de"), fixture.Analyzers.For("DE"));
        Assert.NotSame(fixture.Analyzers.For("de"), fixture.Analyzers.For("nl"));
    }

    [Fact]
    public void For_SharedAcrossThreads_GivesSameTokens()
    {
        var analyzer = fixture.Analyzers.For("de");
        var expected = Tokens("de", "Berufskraftfahrer (m/w/d) und Altenpflegefachkraft");

        var results = new List<string>[8];
        Parallel.For(0, results.Length, i =>
        {
            for (var round = 0; round < 50; round++)
            {
                results[i] = AnalyzerTokens.Of(analyzer, "Berufskraftfahrer (m/w/d) und Altenpflegefachkraft");
            }
        });

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
