using GrensJobs.Normalisation.Analysis;

namespace GrensJobs.Normalisation.Tests.Analysis;

public sealed class GermanCompoundPartsTests
{
    [Fact]
    public void Build_EscoGermanLabels_ContainsFrequentParts()
    {
        var parts = EscoParts();

        Assert.All(
            new[] { "alten", "pflege", "fach", "kraft", "beruf", "fahrer", "lager", "schweiß" },
            part => Assert.Contains(part, parts));
        Assert.DoesNotContain(parts, p => p.Length < 4);
        Assert.DoesNotContain("und", parts);
    }

    [Theory]
    [InlineData("fahrerin")]
    [InlineData("pflegerin")]
    [InlineData("cker")]
    [InlineData("hrer")]
    [InlineData("ungskraft")]
    public void Build_EscoGermanLabels_LeavesOutFeminineFormsAndEndings(string notAPart)
    {
        Assert.DoesNotContain(notAPart, EscoParts());
    }

    [Fact]
    public void Build_SmallLabelSet_FindsSharedPartsOnly()
    {
        string[] labels =
        [
            "Lagerarbeiter/Lagerarbeiterin", "Lagerleiter", "Lagerverwalter", "Lagerfahrer",
            "Busfahrer", "Taxifahrer", "Lkw-Fahrer", "Fahrlehrer", "Fahrzeugführer", "Fahrdienstleiter",
            "Arbeiter", "Arbeitsvermittler", "Arbeitsschutzfachkraft", "Leiter", "Leitstellendisponent", "Leitungsmonteur",
            "Verwalter", "Verwaltungsfachangestellter", "Verwaltungsleiter",
        ];

        var parts = GermanCompoundParts.Build(labels);

        Assert.Contains("lager", parts);
        Assert.DoesNotContain("arbeiterin", parts);
        Assert.DoesNotContain("lagerarbeiter", parts);
    }

    private static IReadOnlyCollection<string> EscoParts() =>
        GermanCompoundParts.Build(SeedCsv.ReadRows(Path.Combine(Seeds.DefaultDirectory, "esco", "occupations.csv"))
            .SelectMany(row => new[] { row[5], row[6] }));
}
