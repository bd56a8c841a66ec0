using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GrensJobs.Corpus;
using GrensJobs.Core.Json;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation;

namespace GrensJobs.Benchmarks;

/// <summary>
/// Normaliser figures: throughput per core (in process, one thread; and the real <c>grensjobs normalise</c> process,
/// per CPU-second), start-up time of <c>normalise</c> on empty input, and accuracy on the development sets.
/// </summary>
internal static class NormaliseBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var corpusFile = Path.Combine(Path.GetTempPath(), $"grensjobs-bench-{arguments.Count}-{arguments.Seed}.jsonl");
        var lines = SyntheticCorpus.RawVacancyLines(arguments.Count, arguments.Seed, Seeds.DefaultDirectory).ToList();
        await File.WriteAllLinesAsync(corpusFile, lines);
        var averageBytes = lines.Average(line => RawVacancyReader.Read(line).Vacancy!.Description?.Length ?? 0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {lines.Count:N0} synthetic vacancies (seed {arguments.Seed}), HTML descriptions averaging {averageBytes / 1024:0.0} KB"));

        var load = Stopwatch.StartNew();
        var normaliser = VacancyNormaliser.Load(Seeds.DefaultDirectory);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reference data loaded in process: {load.ElapsedMilliseconds} ms"));

        InProcessThroughput(normaliser, lines);
        NormaliserBreakdown.Report(normaliser, lines);
        await ProcessThroughputAsync(corpusFile, lines.Count);
        await StartupAsync(arguments.Quick ? 3 : 7);
        DevelopmentSets.Report(normaliser);
        File.Delete(corpusFile);
        return 0;
    }

    private static void InProcessThroughput(VacancyNormaliser normaliser, List<string> lines)
    {
        // Warm-up, then one thread over the whole corpus: read + normalise + serialise, as the verb does.
        foreach (var line in lines.Take(500))
        {
            NormaliseLine(normaliser, line);
        }

        // Three passes: the first still pays for just-in-time compilation; the best is the steady state.
        var rates = new List<double>();
        long bytes = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            var clock = Stopwatch.StartNew();
            bytes = 0;
            foreach (var line in lines)
            {
                bytes += NormaliseLine(normaliser, line);
            }

            rates.Add(lines.Count / clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"normalise, in process, 1 thread: {rates.Max():N0} vacancies/s steady state ({1e6 / rates.Max():N0} µs each; passes {string.Join(" / ", rates.Select(r => r.ToString("N0", CultureInfo.InvariantCulture)))}; {bytes / 1024 / 1024:N0} MB JSON out)"));
    }

    private static int NormaliseLine(VacancyNormaliser normaliser, string line) =>
        JsonSerializer.Serialize(normaliser.Normalise(RawVacancyReader.Read(line).Vacancy!), GrensJobsJson.Context.Vacancy).Length;

    private static async Task ProcessThroughputAsync(string corpusFile, int count)
    {
        // The corpus once, then five times over: the difference is the cost of a vacancy once start-up and
        // compilation (a fixed cost of the process) are paid.
        var fivefold = corpusFile + ".x5";
        await using (var output = File.Create(fivefold))
        {
            for (var i = 0; i < 5; i++)
            {
                await using var input = File.OpenRead(corpusFile);
                await input.CopyToAsync(output);
            }
        }

        var (wall, cpu, exitCode) = await GrensJobsProcess.RunAsync(["normalise"], corpusFile);
        var (wall5, cpu5, exitCode5) = await GrensJobsProcess.RunAsync(["normalise"], fivefold);
        File.Delete(fivefold);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"grensjobs normalise (process, {Environment.ProcessorCount} cores), {count:N0} vacancies: {count / wall.TotalSeconds:N0}/s wall, {count / cpu.TotalSeconds:N0} per CPU-second, start-up included (exit {exitCode})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"grensjobs normalise (process, {Environment.ProcessorCount} cores), {5 * count:N0} vacancies: {5 * count / wall5.TotalSeconds:N0}/s wall, {5 * count / cpu5.TotalSeconds:N0} per CPU-second, start-up included; marginal {4 * count / (cpu5 - cpu).TotalSeconds:N0} per CPU-second (exit {exitCode5})"));
    }

    private static async Task StartupAsync(int runs)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var (wall, _, _) = await GrensJobsProcess.RunAsync(["normalise"], stdinFile: null);
            times.Add(wall.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"grensjobs normalise on empty input (process start + seeds): median {times[times.Count / 2]:N0} ms, max {times[^1]:N0} ms over {runs} runs"));
    }
}
