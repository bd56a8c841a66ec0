using System.Diagnostics;
using System.Globalization;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Indexing;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// A vacancy index of the cached benchmark corpus kept in the work directory (<c>kept-index-{count}-{seed}</c>) for
/// the next run: the <c>hostile</c> and <c>match</c> benchmarks serve from it. Built as a rebuild does (every vacancy
/// open, first seen at one fixed time, merged into one segment per search slice) under a temporary name and renamed,
/// so a cut-off build never leaves a partial index behind.
/// </summary>
internal static class KeptIndex
{
    private static readonly DateTimeOffset FirstSeen = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static string PathFor(string workDirectory, int count, int seed) =>
        Path.Combine(workDirectory, string.Create(CultureInfo.InvariantCulture, $"kept-index-{count}-{seed}"));

    /// <summary>Indexes <paramref name="corpus"/> into <paramref name="directory"/>; returns how long it took.</summary>
    public static TimeSpan Build(string directory, IReadOnlyList<Vacancy> corpus, VacancyAnalyzers analyzers)
    {
        var clock = Stopwatch.StartNew();
        var partial = directory + ".partial";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }

        using (var index = VacancyIndex.OpenWriter(partial, analyzers))
        {
            GrensJobsSide.AppendAll(index, corpus, FirstSeen);
        }

        Directory.Move(partial, directory);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index: {corpus.Count:N0} vacancies indexed in {clock.Elapsed.TotalSeconds:0.0} s, kept in {directory}"));
        return clock.Elapsed;
    }
}
