using System.Diagnostics;
using System.Globalization;
using GrensJobs.Benchmarks.Search;
using GrensJobs.Core.Profiles;
using GrensJobs.Matching;
using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Candidates;
using GrensJobs.Search.Indexing;
using Microsoft.Extensions.Options;

namespace GrensJobs.Benchmarks.Matching;

/// <summary>
/// <c>match [--vacancies N] [--profiles M] [--queries Q] [--check C] [--seed S] [--quick] [--work DIR]</c>: the matching figures of
/// issue 15. A vacancy index of N synthetic vacancies (the cached normalised corpus, indexed once and kept in the work
/// directory), M synthetic canonical profiles normalised, stored in a temporary SQLite store and loaded into the
/// private profile index from it; then Q warm profile → top-20 vacancy matches and Q vacancy → top-20 profile matches,
/// timed one by one; then, on the first C (default 100) of each direction, the same matches scored exhaustively (every open vacancy,
/// every profile) for recall@20 and the speed-up; a table with the targets, and where the time of the slowest
/// profile matches goes. Exits 0: the figures are for the README, not a gate.
/// </summary>
internal static class MatchBenchmark
{
    public const int Top = 20;

    /// <summary>Matches run before the measured ones (JIT, index and seed caches), on other profiles and vacancies.</summary>
    private const int WarmUp = 50;

    private const string UiLanguage = "nl";

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var work = arguments.WorkDirectory ?? CorpusCache.DefaultDirectory;
        var figures = new MatchBenchmarkFigures(arguments.Vacancies, arguments.Profiles);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"match benchmark: {arguments.Vacancies:N0} vacancies, {arguments.Profiles:N0} profiles, {arguments.MatchQueries:N0} matches per direction, seed {arguments.Seed}; {MachineLoad.Describe()}"));

        using var analyzers = new VacancyAnalyzers();
        var indexDirectory = KeptIndex.PathFor(work, arguments.Vacancies, arguments.Seed);
        if (Directory.Exists(indexDirectory))
        {
            Console.WriteLine($"index: reusing the kept index {indexDirectory}");
        }
        else
        {
            BuildIndex(indexDirectory, work, arguments, analyzers, figures, cancellationToken);
            await Task.Yield();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        var normaliser = VacancyNormaliser.Load(Seeds.DefaultDirectory);
        var options = Options.Create(new MatchingOptions());
        var vacancyMatcher = new VacancyMatcher(normaliser, options, TimeProvider.System);
        var profileMatcher = new ProfileMatcher(normaliser, options, TimeProvider.System);
        using var index = VacancyIndex.Open(indexDirectory, analyzers);

        var dataDirectory = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"match-data-{Environment.ProcessId}"));
        await using var profiles = new BenchmarkProfiles(dataDirectory, normaliser);
        figures.ProfileLoad = await profiles.LoadAsync(arguments.Profiles, arguments.Seed, cancellationToken);
        figures.ProfileIndexLoad = await profiles.IndexAsync(cancellationToken);
        MatchBenchmarkReport.PrintProfileLoad(figures, profiles.Index.Count, Console.Out);
        var random = new Random(arguments.Seed);
        var profileSample = Sample(await profiles.ReadAllAsync(cancellationToken), WarmUp + arguments.MatchQueries, random);
        var vacancySample = SampleVacancies(index, WarmUp + arguments.MatchQueries, random, figures);

        // The exhaustive inputs (every open vacancy, every profile) are dropped while the fast paths are timed: a heap
        // holding them makes every full collection slower, which the product's heap does not pay.
        await Task.Yield();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var collector = GarbageCollectorWork.Now();
        var (profileRuns, profileCpu) = Measure(profileSample, WarmUp, p => vacancyMatcher.Match(index, p, Top, UiLanguage)
            .Select(m => (m.Vacancy.Key, m.Score.Score)).ToList());
        figures.ProfileToVacancies = LatencyStats.From(profileRuns.Select(r => r.Milliseconds));
        figures.ProfileToVacanciesCpuMs = profileCpu;
        Console.WriteLine($"profile → top-{Top} vacancies: {figures.ProfileToVacancies}; garbage collector: {GarbageCollectorWork.Now().Since(collector)}");

        collector = GarbageCollectorWork.Now();
        var (vacancyRuns, vacancyCpu) = Measure(vacancySample, WarmUp, v => profileMatcher.Match(profiles.Index, v, Top, UiLanguage)
            .Select(m => (m.Profile.Profile.Id, m.Score.Score)).ToList());
        figures.VacancyToProfiles = LatencyStats.From(vacancyRuns.Select(r => r.Milliseconds));
        figures.VacancyToProfilesCpuMs = vacancyCpu;
        Console.WriteLine($"vacancy → top-{Top} profiles: {figures.VacancyToProfiles}; garbage collector: {GarbageCollectorWork.Now().Since(collector)}");

        // Then the same queries scored exhaustively.
        var everything = VacancyCandidates.All(index, null, null);
        figures.ProfileToVacanciesCheck = Check(profileRuns, arguments.MatchCheck, p => vacancyMatcher.MatchExhaustively(index, p, Top, everything)
            .Select(m => (m.Vacancy.Key, m.Score.Score)).ToList());
        var everyone = await profiles.ReadAllAsync(cancellationToken);
        figures.VacancyToProfilesCheck = Check(vacancyRuns, arguments.MatchCheck, v => profileMatcher.MatchExhaustively(everyone, v, Top)
            .Select(m => (m.Profile.Profile.Id, m.Score.Score)).ToList());

        var breakdown = new MatchTimeBreakdown(vacancyMatcher, normaliser, options.Value, index);
        figures.MeanVacancyCandidates = breakdown.MeanCandidates(profileRuns.Take(arguments.MatchCheck).Select(r => r.Query));
        figures.MeanProfileCandidates = vacancyRuns.Take(arguments.MatchCheck).Average(r => profiles.Index.Candidates(r.Query.Esco, r.Query.Isco).Count);
        figures.PeakRssBytes = ProcessMemory.PeakRssBytes();

        MatchBenchmarkReport.PrintTable(figures, Console.Out);
        breakdown.PrintSlowest(profileRuns.OrderByDescending(r => r.Milliseconds).Take(5).Select(r => r.Query), Console.Out);
        Console.WriteLine($"at the end: {MachineLoad.Describe()}");
        return 0;
    }

    /// <summary>Reads every open vacancy once (timed, into <paramref name="figures"/>) and keeps a random sample of them.</summary>
    private static List<VacancyCandidate> SampleVacancies(VacancyIndex index, int count, Random random, MatchBenchmarkFigures figures)
    {
        var clock = Stopwatch.StartNew();
        var everything = VacancyCandidates.All(index, null, null);
        figures.AllVacanciesRead = clock.Elapsed;
        figures.OpenVacancies = everything.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index: {everything.Count:N0} open vacancies (one per dedup cluster) read in {figures.AllVacanciesRead.TotalSeconds:0.0} s (the exhaustive direction's input)"));
        return Sample(everything, count, random);
    }

    private static void BuildIndex(string indexDirectory, string work, BenchmarkArguments arguments, VacancyAnalyzers analyzers,
        MatchBenchmarkFigures figures, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var corpus = CorpusCache.LoadOrCreate(work, arguments.Vacancies, arguments.Seed, cancellationToken);
        figures.CorpusTime = clock.Elapsed;
        figures.IndexBuild = KeptIndex.Build(indexDirectory, corpus, analyzers);
    }

    /// <summary>
    /// Runs <paramref name="match"/> on the first <paramref name="warmUp"/> items unmeasured, then on the rest one by one,
    /// timed; also returns the process's CPU time per measured match (the matches run on one thread, so on a shared
    /// machine this is their cost without the wait for a core).
    /// </summary>
    private static (List<MatchRun<T>> Runs, double CpuMeanMs) Measure<T>(IReadOnlyList<T> sample, int warmUp, Func<T, List<(string Key, double Score)>> match)
    {
        foreach (var item in sample.Take(warmUp))
        {
            match(item);
        }

        var runs = new List<MatchRun<T>>(sample.Count);
        var cpu = SearchBenchmark.CpuTime();
        foreach (var item in sample.Skip(warmUp))
        {
            var start = Stopwatch.GetTimestamp();
            var results = match(item);
            runs.Add(new MatchRun<T>(item, Stopwatch.GetElapsedTime(start).TotalMilliseconds, results));
        }

        return (runs, (SearchBenchmark.CpuTime() - cpu).TotalMilliseconds / Math.Max(runs.Count, 1));
    }

    /// <summary>The first <paramref name="sample"/> measured queries scored exhaustively: recall@20 of the fast results and the speed-up.</summary>
    private static DirectionCheck Check<T>(IReadOnlyList<MatchRun<T>> runs, int sample, Func<T, List<(string Key, double Score)>> exhaustively)
    {
        var checkedQueries = new List<(double? Recall, double FastMs, double ExhaustiveMs)>();
        foreach (var run in runs.Take(sample))
        {
            var start = Stopwatch.GetTimestamp();
            var reference = exhaustively(run.Query);
            var milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            checkedQueries.Add((MatchRecall.Of(reference, run.Results, Top), run.Milliseconds, milliseconds));
        }

        return DirectionCheck.From(checkedQueries);
    }

    /// <summary><paramref name="count"/> distinct items drawn at random (all of them when there are fewer).</summary>
    private static List<T> Sample<T>(IReadOnlyList<T> items, int count, Random random)
    {
        var indexes = Enumerable.Range(0, items.Count).ToArray();
        random.Shuffle(indexes);
        return [.. indexes.Take(count).Select(i => items[i])];
    }
}
