using System.Globalization;
using System.Text.Json;
using GrensJobs.Normalisation.Occupations;

namespace GrensJobs.Normalisation.Tests.Occupations;

public sealed class OccupationDevelopmentSetTests(ITestOutputHelper output)
{
    private sealed record Case(string Title, string Language, string Country, string? Text, string Esco, string Isco);

    private static List<Case> LoadCases(string file = "occupation-titles.jsonl")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", file);
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<Case>(l, options)!)];
    }

    [Fact]
    public void DevelopmentSet_TopOneAccuracy_MeetsTargets()
    {
        var linker = LinkerFixture.Linker;
        var cases = LoadCases();
        Assert.True(cases.Count >= 320, $"only {cases.Count} titles");
        var (iscoAccuracy, conceptAccuracy) = Evaluate(linker, cases);
        var bare = new OccupationLinker(linker.Catalog, useAliases: false);
        var bareConcept = cases.Count(c => bare.Link(c.Title, c.Text, c.Language, c.Country)?.Esco == c.Esco);
        var bareIsco = cases.Count(c => bare.Link(c.Title, c.Text, c.Language, c.Country)?.Isco == c.Isco);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"without title aliases: ISCO-4 {(double)bareIsco / cases.Count:0.000}, concept {(double)bareConcept / cases.Count:0.000}"));
        Assert.True(iscoAccuracy >= 0.90, $"ISCO-4 top-1 {iscoAccuracy:0.000} < 0.90");
        Assert.True(conceptAccuracy >= 0.80, $"concept top-1 {conceptAccuracy:0.000} < 0.80");
    }

    /// <summary>Titles written after the linker was tuned and never used to tune it: an honest estimate.</summary>
    [Fact]
    public void HoldOutSet_TopOneAccuracy_MeetsTargets()
    {
        var cases = LoadCases("occupation-titles-holdout.jsonl");
        Assert.True(cases.Count >= 70, $"only {cases.Count} titles");

        var (iscoAccuracy, conceptAccuracy) = Evaluate(LinkerFixture.Linker, cases);

        Assert.True(iscoAccuracy >= 0.80, $"ISCO-4 top-1 {iscoAccuracy:0.000} < 0.80");
        Assert.True(conceptAccuracy >= 0.70, $"concept top-1 {conceptAccuracy:0.000} < 0.70");
    }

    /// <summary>National occupation titles of the public employment services (BA, UWV, VDAB, Le Forem).</summary>
    [Fact]
    public void NationalTitles_TopOneAccuracy_MeetsTargets()
    {
        var cases = LoadCases("national-titles.jsonl");
        Assert.True(cases.Count >= 100, $"only {cases.Count} titles");

        var (iscoAccuracy, conceptAccuracy) = Evaluate(LinkerFixture.Linker, cases);

        Assert.True(iscoAccuracy >= 0.90, $"ISCO-4 top-1 {iscoAccuracy:0.000} < 0.90");
        Assert.True(conceptAccuracy >= 0.85, $"concept top-1 {conceptAccuracy:0.000} < 0.85");
    }

    /// <summary>A second batch of national titles, written with its gold before the linker was run on it.</summary>
    [Fact]
    public void NationalTitlesSecondBatch_TopOneAccuracy_MeetsTargets()
    {
        var cases = LoadCases("national-titles-2.jsonl");
        Assert.True(cases.Count >= 100, $"only {cases.Count} titles");

        var (iscoAccuracy, conceptAccuracy) = Evaluate(LinkerFixture.Linker, cases);

        Assert.True(iscoAccuracy >= 0.91, $"ISCO-4 top-1 {iscoAccuracy:0.000} < 0.91");
        Assert.True(conceptAccuracy >= 0.86, $"concept top-1 {conceptAccuracy:0.000} < 0.86");
    }

    private (double Isco, double Concept) Evaluate(OccupationLinker linker, List<Case> cases)
    {
        int isco = 0, concept = 0;
        foreach (var c in cases)
        {
            var match = linker.Link(c.Title, c.Text, c.Language, c.Country);
            if (match?.Isco == c.Isco)
            {
                isco++;
            }

            if (match?.Esco == c.Esco)
            {
                concept++;
            }
            else
            {
                var gold = linker.Catalog.Find(c.Esco)!.PreferredLabels["en"];
                var got = match is null ? "null" : $"{match.Label.GetValueOrDefault("en")} ({match.Isco}, {match.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})";
                output.WriteLine($"MISS [{c.Language}] {c.Title} → {got}; gold {gold} ({c.Isco})");
            }
        }

        var iscoAccuracy = (double)isco / cases.Count;
        var conceptAccuracy = (double)concept / cases.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"titles {cases.Count}: ISCO-4 {iscoAccuracy:0.000}, concept {conceptAccuracy:0.000}"));
        return (iscoAccuracy, conceptAccuracy);
    }
}
