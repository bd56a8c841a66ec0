namespace GrensJobs.Corpus;

/// <summary>
/// A deterministic synthetic corpus of raw vacancies (the <c>import</c>/<c>normalise</c> input format) for tests and
/// benchmarks: ESCO occupations with employer-style titles, real border places from <c>seeds/places</c> (weighted by
/// population), postings in Dutch, German and French with language requirements, salaries, hours and contracts in
/// HTML descriptions of 2–5 KB, and about 3% re-posts by a second source. The same <c>count</c>, <c>seed</c> and seed
/// files give the same lines on every run. A tool, not a substitute for realistic hand-written test cases.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>Share of vacancies re-published by a second source (same job, other id and url) to exercise dedup.</summary>
    private const double RepostShare = 0.03;

    /// <summary><paramref name="count"/> raw vacancies as JSON lines.</summary>
    public static IEnumerable<string> RawVacancyLines(int count, int seed, string seedsDirectory) =>
        RawVacancies(count, seed, seedsDirectory).Select(v => v.Line);

    /// <summary><paramref name="count"/> raw vacancies as JSON lines, each with the occupation, place and language meant.</summary>
    public static IEnumerable<GeneratedVacancy> RawVacancies(int count, int seed, string seedsDirectory)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentException.ThrowIfNullOrEmpty(seedsDirectory);
        return Generate(count, seed, EscoOccupationsCsv.Load(seedsDirectory), BorderPlacesCsv.Load(seedsDirectory));
    }

    /// <summary>
    /// The same vacancies as <see cref="RawVacancies"/> (same count and seed give the same jobs), with structured
    /// access to their title, description, place, hours and salary.
    /// </summary>
    public static IEnumerable<CorpusVacancy> Vacancies(int count, int seed, string seedsDirectory)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentException.ThrowIfNullOrEmpty(seedsDirectory);
        return Compose(count, seed, EscoOccupationsCsv.Load(seedsDirectory), BorderPlacesCsv.Load(seedsDirectory)).Select(Structure);
    }

    private static IEnumerable<GeneratedVacancy> Generate(
        int count, int seed, IReadOnlyList<EscoOccupation> occupations, IReadOnlyList<BorderPlace> places) =>
        Compose(count, seed, occupations, places).Select(Describe);

    private static IEnumerable<SyntheticVacancy> Compose(
        int count, int seed, IReadOnlyList<EscoOccupation> occupations, IReadOnlyList<BorderPlace> places)
    {
        var random = new Random(seed);
        var composer = new VacancyComposer(random, occupations, places, seed);
        var produced = 0;
        while (produced < count)
        {
            var vacancy = composer.Compose(produced);
            yield return vacancy;
            produced++;

            if (produced < count && random.NextDouble() < RepostShare)
            {
                yield return composer.Repost(vacancy, produced);
                produced++;
            }
        }
    }

    private static CorpusVacancy Structure(SyntheticVacancy v) => new(
        v.Id,
        v.Title,
        v.Description,
        v.Employer,
        v.PlaceOfWork.Name,
        v.PlaceOfWork.PostalCode,
        v.PlaceOfWork.Country,
        v.PlaceOfWork.Lat,
        v.PlaceOfWork.Lon,
        v.PlaceOfWork.Nuts3,
        v.Language,
        v.Occupation.ConceptUri,
        v.Occupation.Isco,
        v.FullTime,
        v.Hours.Min,
        v.Hours.Max,
        v.OfferedSalary is { } s ? new CorpusSalary(s.Min, s.Max, s.Period) : null,
        v.RepostOf);

    private static GeneratedVacancy Describe(SyntheticVacancy v) => new(
        VacancyJson.Write(v),
        v.Id,
        v.Occupation.ConceptUri,
        v.Occupation.Isco,
        v.PlaceOfWork.Name,
        v.PlaceOfWork.Country,
        v.PlaceOfWork.Nuts3,
        v.Language,
        v.RepostOf);
}
