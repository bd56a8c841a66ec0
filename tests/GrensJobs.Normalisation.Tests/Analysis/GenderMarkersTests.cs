using System.Text;
using System.Text.RegularExpressions;
using GrensJobs.Normalisation.Analysis;

namespace GrensJobs.Normalisation.Tests.Analysis;

public sealed class GenderMarkersTests
{
    /// <summary>Pieces that make and break gender forms: marker letters, separators, suffixes, words, spaces, brackets.</summary>
    private static readonly string[] Pieces =
    [
        "m", "w", "d", "M", "W", "x", "h", "f", "v", "/", "/", "|", "(", ")", " ", " ", "  ", "\t", "*", ":", "_", "-", "/-",
        "in", "In", "innen", "Innen", "inne", "Fahrer", "Schweißer", "e", "a", "ß", "Ä", "IT", "3", ".",
        "m/w", "m / v", "/d", "|x", "(h/f", "/in", "*innen", ":in", "_innen", "-in", "/-in",
    ];

    [Theory]
    [InlineData("de", "Wir suchen eine/n Schweißer/in (m/w/d) für unsere Mitarbeiter*innen und MitarbeiterInnen in Kleve.")]
    [InlineData("de", "Ihre Aufgaben: Lehrer:innen betreuen, Fahrer-innen einweisen, Kolleg_innen unterstützen; Check-in um 7 Uhr.")]
    [InlineData("de", "Maschinenschmierer/Maschinenschmiererin ( w / m / d ) – In Dinslaken arbeiten 200 Kolleginnen und Kollegen.")]
    [InlineData("de", "Fahrer m/w/d, Lagerist (m|w|d), E-Mail: info@kleve-metall.de, Ihr Profil: 3/4 Stelle")]
    [InlineData("nl", "Wij zoeken een lasser (m/v/x) met ervaring in MIG/MAG-lassen en/of TIG, 32/40 uur.")]
    [InlineData("fr", "Soudeur (h/f/x) : vous assemblez des pièces d'acier à Liège (H/F).")]
    [InlineData("xx", "Spawacz (m/w/d) – Mitarbeiter*innen, KollegInnen, Fahrer/in.")]
    public void RemoveGenderMarkers_RealisticText_BlanksWhatAScanOfTheWholeTextBlanks(string language, string text)
    {
        var removed = VacancyAnalyzers.RemoveGenderMarkers(text, language);

        Assert.Equal(WholeTextScan(language).Replace(text, " "), removed);
        Assert.NotEqual(text, removed);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("xx")]
    [InlineData("nl")]
    public void RemoveGenderMarkers_RandomText_BlanksWhatAScanOfTheWholeTextBlanks(string language)
    {
        var random = new Random(7);
        var scan = WholeTextScan(language);
        var changed = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = RandomText(random);
            var removed = VacancyAnalyzers.RemoveGenderMarkers(text, language);

            Assert.True(string.Equals(scan.Replace(text, " "), removed, StringComparison.Ordinal), $"\"{text}\" became \"{removed}\"");
            changed += ReferenceEquals(text, removed) ? 0 : 1;
        }

        // The random texts hold enough gender forms for the comparison to mean something.
        Assert.InRange(changed, 1_000, 19_000);
    }

    [Fact]
    public void RemoveGenderMarkers_TextWithoutGenderForms_ReturnsTheSameString()
    {
        const string text = "Wir bieten Ihnen einen sicheren Arbeitsplatz in Kevelaer, Urlaubsgeld und Weiterbildung.";

        Assert.Same(text, VacancyAnalyzers.RemoveGenderMarkers(text, "de"));
    }

    private static Regex WholeTextScan(string language) => language switch
    {
        "de" => new Regex(GenderMarkers.GermanText, RegexOptions.CultureInvariant),
        "xx" => new Regex(GenderMarkers.NeutralText, RegexOptions.CultureInvariant),
        _ => new Regex(GenderMarkers.Marker, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
    };

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var length = random.Next(1, 12);
        for (var i = 0; i < length; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }
}
