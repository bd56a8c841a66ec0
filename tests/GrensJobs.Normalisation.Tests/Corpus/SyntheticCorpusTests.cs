using System.Globalization;
using System.Text;
using GrensJobs.Core.Vacancies;
using GrensJobs.Corpus;

namespace GrensJobs.Normalisation.Tests.Corpus;

public sealed class SyntheticCorpusTests(SyntheticCorpusFixture corpus, ITestOutputHelper output) : IClassFixture<SyntheticCorpusFixture>
{
    // Measured on seed 42: ISCO-4 97.5% (nl 97.8, de 96.8, fr 98.6), NUTS-3 99.3%, country 100%.
    private const double IscoFloor = 0.95;
    private const double NutsFloor = 0.97;

    [Fact]
    public void RawVacancyLines_SameSeed_IdenticalLines()
    {
        var first = SyntheticCorpus.RawVacancyLines(300, 7, Seeds.DefaultDirectory).ToList();
        var second = SyntheticCorpus.RawVacancyLines(300, 7, Seeds.DefaultDirectory).ToList();

        Assert.Equal(300, first.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public void RawVacancyLines_DifferentSeed_DifferentLines()
    {
        var first = SyntheticCorpus.RawVacancyLines(300, 7, Seeds.DefaultDirectory).ToList();
        var other = SyntheticCorpus.RawVacancyLines(300, 8, Seeds.DefaultDirectory).ToList();

        Assert.Equal(300, other.Count);
        Assert.Empty(first.Intersect(other, StringComparer.Ordinal));
    }

    [Fact]
    public void RawVacancies_LinesMatchRawVacancyLines()
    {
        var lines = SyntheticCorpus.RawVacancyLines(SyntheticCorpusFixture.Count, SyntheticCorpusFixture.Seed, Seeds.DefaultDirectory);

        Assert.Equal(corpus.Generated.Select(v => v.Line), lines);
    }

    [Fact]
    public void EveryLine_ReadsAndNormalises()
    {
        Assert.Equal(SyntheticCorpusFixture.Count, corpus.Generated.Count);
        Assert.Empty(corpus.ReadErrors);
        Assert.All(corpus.Normalised, v => Assert.NotNull(v));
        Assert.Equal(corpus.Generated.Count, corpus.Generated.Select(v => v.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Places_ResolveToIntendedCountry_AtLeast99Percent()
    {
        var misses = Indexes().Where(i => !string.Equals(corpus.Normalised[i]?.Location?.Country, corpus.Generated[i].Country, StringComparison.Ordinal)).ToList();
        var share = 1 - ((double)misses.Count / corpus.Generated.Count);
        output.WriteLine(Invariant($"country resolved for {share:P2}; misses: {string.Join("; ", misses.Take(10).Select(i => $"{corpus.Generated[i].Place} {corpus.Generated[i].Country} → {corpus.Normalised[i]?.Location?.Country}"))}"));

        Assert.True(share >= 0.99, Invariant($"place resolves to the intended country for {share:P2} < 99%"));
    }

    [Fact]
    public void Places_ResolveToIntendedNuts3_ForMost()
    {
        var hits = Indexes().Count(i => string.Equals(corpus.Normalised[i]?.Location?.Nuts3, corpus.Generated[i].Nuts3, StringComparison.Ordinal));
        var share = (double)hits / corpus.Generated.Count;
        output.WriteLine(Invariant($"NUTS-3 resolved for {share:P2}"));

        Assert.True(share >= NutsFloor, Invariant($"place resolves to the intended NUTS-3 region for {share:P2} < {NutsFloor:P0}"));
    }

    [Fact]
    public void Normaliser_RecoversIntendedIsco_ForAHighShare()
    {
        var hits = Indexes().Count(i => string.Equals(corpus.Normalised[i]?.Occupation?.Isco, corpus.Generated[i].Isco, StringComparison.Ordinal));
        var share = (double)hits / corpus.Generated.Count;
        foreach (var language in new[] { "nl", "de", "fr" })
        {
            var inLanguage = Indexes().Where(i => corpus.Generated[i].Language == language).ToList();
            var languageHits = inLanguage.Count(i => string.Equals(corpus.Normalised[i]?.Occupation?.Isco, corpus.Generated[i].Isco, StringComparison.Ordinal));
            output.WriteLine(Invariant($"{language}: ISCO-4 recovered for {(double)languageHits / inLanguage.Count:P1} of {inLanguage.Count}"));
        }

        output.WriteLine(Invariant($"ISCO-4 recovered for {share:P2}"));
        Assert.True(share >= IscoFloor, Invariant($"ISCO-4 recovered for {share:P2} < {IscoFloor:P0}"));
    }

    [Fact]
    public void Languages_DutchGermanAndFrenchAllPresent()
    {
        var byLanguage = corpus.Generated.GroupBy(v => v.Language, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        Assert.Equal(["de", "fr", "nl"], byLanguage.Keys.Order(StringComparer.Ordinal));
        Assert.All(byLanguage.Values, n => Assert.True(n >= SyntheticCorpusFixture.Count / 20, Invariant($"only {n} vacancies in one language")));
        Assert.Contains(corpus.Generated, v => v.Country == "BE" && v.Language == "de");
        Assert.Contains(corpus.Generated, v => v.Country == "BE" && v.Language == "nl");
    }

    [Fact]
    public void Places_WeightedByPopulation_LargeBorderTownsCommon()
    {
        var byPlace = corpus.Generated.GroupBy(v => v.Place, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        Assert.All(["Aachen", "Liège", "Enschede", "Venlo"], place => Assert.True(byPlace.GetValueOrDefault(place) >= 10, Invariant($"{place}: {byPlace.GetValueOrDefault(place)}")));
        Assert.True(byPlace.Count >= 200, Invariant($"only {byPlace.Count} distinct places"));
    }

    [Fact]
    public void Descriptions_HtmlOfTwoToFiveKilobytes()
    {
        var sizes = corpus.Normalised.Select((v, i) => Encoding.UTF8.GetByteCount(RawDescription(i))).ToList();

        Assert.True(sizes.Min() >= 2_000, Invariant($"smallest description {sizes.Min()} bytes"));
        Assert.True(sizes.Count(s => s <= 5_500) >= 0.95 * sizes.Count, Invariant($"largest description {sizes.Max()} bytes"));
    }

    [Fact]
    public void Vacancies_CarrySalaryHoursContractAndLanguageRequirements()
    {
        var normalised = corpus.Normalised.Select(v => v!).ToList();

        Assert.True(normalised.Count(v => v.Salary is not null) >= 0.7 * normalised.Count, "salaries");
        Assert.True(normalised.Count(v => v.Hours is not null) >= 0.8 * normalised.Count, "hours");
        Assert.True(normalised.Count(v => v.Contract is not null) >= 0.8 * normalised.Count, "contracts");
        Assert.True(normalised.Count(v => v.Languages.Count > 0) >= 0.8 * normalised.Count, "language requirements");
        // Cross-border requirements: a German posting asking for Dutch, a Dutch one asking for German.
        Assert.Contains(normalised, v => v.Language == "de" && v.Languages.Any(l => l.Language == "nl"));
        Assert.Contains(normalised, v => v.Language == "nl" && v.Languages.Any(l => l.Language == "de"));
    }

    [Fact]
    public void Titles_CarryEmployerStyleNoise()
    {
        var titles = corpus.Normalised.Select(v => v!.Title).ToList();

        Assert.All(["(m/w/d)", "(m/v/x)", "(h/f/x)", "in Teilzeit", " CE"], noise =>
            Assert.Contains(titles, t => t.Contains(noise, StringComparison.Ordinal)));
    }

    [Fact]
    public void Reposts_AboutThreePercent_PointAtAnEarlierVacancy()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var reposts = 0;
        foreach (var vacancy in corpus.Generated)
        {
            if (vacancy.RepostOf is { } original)
            {
                Assert.Contains(original, ids);
                reposts++;
            }

            ids.Add(vacancy.Id);
        }

        Assert.InRange(reposts, SyntheticCorpusFixture.Count / 100, SyntheticCorpusFixture.Count / 20);
    }

    private IEnumerable<int> Indexes() => Enumerable.Range(0, corpus.Generated.Count);

    private string RawDescription(int index) => RawVacancyReader.Read(corpus.Generated[index].Line).Vacancy!.Description ?? "";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
