namespace GrensJobs.Corpus;

/// <summary>
/// A deterministic synthetic corpus of raw vacancies (the <c>import</c>/<c>normalise</c> input format) for benchmarks:
/// ESCO occupations, real border places, postings in Dutch, German and French with HTML descriptions of 2–5 KB.
/// The same <c>count</c>, <c>seed</c> and seed files give the same lines on every run.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>Share of vacancies re-published by a second source (same job, other id and url) to exercise dedup.</summary>
    private const double RepostShare = 0.03;

    public static IEnumerable<string> RawVacancyLines(int count, int seed, string seedsDirectory)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentException.ThrowIfNullOrEmpty(seedsDirectory);
        return Generate(count, seed, EscoOccupationsCsv.Load(seedsDirectory));
    }

    private static IEnumerable<string> Generate(int count, int seed, IReadOnlyList<EscoOccupation> occupations)
    {
        var random = new Random(seed);
        var composer = new VacancyComposer(random, occupations, seed);
        var produced = 0;
        while (produced < count)
        {
            var vacancy = composer.Compose(produced);
            yield return VacancyJson.Write(vacancy);
            produced++;

            if (produced < count && random.NextDouble() < RepostShare)
            {
                yield return VacancyJson.Write(composer.Repost(vacancy, produced));
                produced++;
            }
        }
    }
}
