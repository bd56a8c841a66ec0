using System.Diagnostics;
using System.Globalization;
using GrensJobs.Corpus;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// The normalised corpus both search engines index: <see cref="SyntheticCorpus"/> lines read and normalised on every
/// core, chunk by chunk so the raw HTML of a million vacancies is never held at once. Same count and seed → same list.
/// </summary>
internal static class SearchBenchmarkCorpus
{
    private const int ChunkSize = 20_000;

    public static IReadOnlyList<Vacancy> Create(int count, int seed, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var normaliser = VacancyNormaliser.Load(Seeds.DefaultDirectory);
        var vacancies = new List<Vacancy>(count);
        foreach (var chunk in SyntheticCorpus.RawVacancyLines(count, seed, Seeds.DefaultDirectory).Chunk(ChunkSize))
        {
            var normalised = new Vacancy[chunk.Length];
            Parallel.For(0, chunk.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var read = RawVacancyReader.Read(chunk[i]);
                normalised[i] = normaliser.Normalise(read.Vacancy
                    ?? throw new InvalidDataException($"synthetic vacancy {i} is unreadable: {read.Error}"));
            });
            vacancies.AddRange(normalised);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {vacancies.Count:N0} synthetic vacancies (seed {seed}) generated and normalised on {Environment.ProcessorCount} cores in {clock.Elapsed.TotalSeconds:0.0} s"));
        return vacancies;
    }

    /// <summary>The key both engines report results by: <c>source:id</c>, unique within a corpus.</summary>
    public static string Key(Vacancy vacancy) => vacancy.Source + ":" + vacancy.Id;
}
