using System.Globalization;

namespace GrensJobs.Benchmarks.Crawl;

/// <summary>Prints the crawl benchmark's figures and the summary table (figure / target / result).</summary>
internal static class CrawlReport
{
    public static void Print(
        BenchmarkArguments arguments, IReadOnlyList<SyntheticEmployerSite> sites, CrawlRun run, PolitenessFigures politeness,
        ExtractionFigures extraction, string load)
    {
        var expectedVacancies = (long)sites[0].Details * sites.Count;
        var expectedRequests = (long)sites[0].ExpectedRequests * sites.Count;
        var target = 0.9 * arguments.Rate * sites.Count;
        Line($"crawl: {run.Elapsed.TotalSeconds:N1} s, {politeness.Requests:N0} requests (expected {expectedRequests:N0}), {run.BytesServed / 1024.0 / 1024.0:N0} MB served, {run.Vacancies:N0} vacancies (expected {expectedVacancies:N0}), {run.Problems.Count} problems");
        foreach (var problem in run.Problems.Take(5))
        {
            Line($"  problem: {problem}");
        }

        Line($"aggregate: {politeness.SteadyPagesPerSecond:N1} requests/s steady (10th–90th percentile of arrivals), {politeness.OverallPagesPerSecond:N1} requests/s first to last");
        Line($"per site: smallest gap {politeness.MinGapMs:N1} ms (site {politeness.MinGapSite}), median gap {politeness.MedianGapMs:N1} ms; most requests in any {politeness.WindowMs:N0} ms window {politeness.MaxInWindow}; sites over {Math.Ceiling(arguments.Rate):N0} per window: {politeness.SitesOverLimit}");

        var memory = run.Memory;
        var first = memory[0];
        var last = memory[^1];
        Line($"memory ({memory.Count} samples, live heap after a full GC at each):");
        Line($"  working set  first {Mb(first.WorkingSetBytes)}  min {Mb(memory.Min(s => s.WorkingSetBytes))}  max {Mb(memory.Max(s => s.WorkingSetBytes))}  last {Mb(last.WorkingSetBytes)}");
        Line($"  live heap    first {Mb(first.LiveHeapBytes)}  min {Mb(memory.Min(s => s.LiveHeapBytes))}  max {Mb(memory.Max(s => s.LiveHeapBytes))}  last {Mb(last.LiveHeapBytes)}");
        var growth = Growth(memory);
        Line($"  live heap growth over the crawl: {growth:N0} bytes per request (least squares over the samples before the last)");
        foreach (var sample in Thin(memory, 12))
        {
            Line($"    t={sample.Seconds,6:N0} s  requests {sample.Requests,8:N0}  working set {Mb(sample.WorkingSetBytes),7}  live heap {Mb(sample.LiveHeapBytes),7}");
        }

        var minGapOk = politeness.MinGapMs >= 1_000 / arguments.Rate - CrawlBenchmark.ClockToleranceMs;
        Console.WriteLine();
        Console.WriteLine("| figure | target | result |");
        Console.WriteLine("|---|---|---|");
        Row("Aggregate crawl rate, steady state", $"≥ {target:N0} pages/s (90% of {arguments.Rate * sites.Count:N0})", $"{politeness.SteadyPagesPerSecond:N1} pages/s");
        Row("Most requests per site in any 1 s window", $"≤ {Math.Ceiling(arguments.Rate):N0}", $"{politeness.MaxInWindow} (window {politeness.WindowMs:N0} ms; {politeness.SitesOverLimit} sites over)");
        Row("Smallest gap between two requests to one site", $"≥ {1_000 / arguments.Rate - CrawlBenchmark.ClockToleranceMs:N0} ms", $"{politeness.MinGapMs:N1} ms {(minGapOk ? "" : "(VIOLATION)")}".TrimEnd());
        Row("Vacancies yielded", $"{expectedVacancies:N0}", $"{run.Vacancies:N0}");
        Row("Extraction, 1 thread, ~50 KB pages", "≥ 300 pages/s", $"{extraction.PagesPerSecond:N0} pages/s ({extraction.PagesPerCpuSecond:N0} per CPU-s); parse alone {extraction.ParsePerSecond:N0}/s");
        Row($"Working set over {politeness.Requests:N0} requests", "flat", $"first {Mb(first.WorkingSetBytes)}, max {Mb(memory.Max(s => s.WorkingSetBytes))}, last {Mb(last.WorkingSetBytes)}");
        Row("Live managed heap", "flat", $"first {Mb(first.LiveHeapBytes)}, max {Mb(memory.Max(s => s.LiveHeapBytes))}, last {Mb(last.LiveHeapBytes)}; {growth:N0} B/request");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average (1, 5, 15 min) at the end: {load}"));
    }

    /// <summary>Slope of live heap over requests served, bytes per request, from the samples taken while crawling.</summary>
    private static double Growth(IReadOnlyList<MemorySampler.Sample> samples)
    {
        var points = samples.Take(Math.Max(2, samples.Count - 1)).ToList();
        var meanX = points.Average(s => (double)s.Requests);
        var meanY = points.Average(s => (double)s.LiveHeapBytes);
        var sxx = points.Sum(s => (s.Requests - meanX) * (s.Requests - meanX));
        var sxy = points.Sum(s => (s.Requests - meanX) * (s.LiveHeapBytes - meanY));
        return sxx > 0 ? sxy / sxx : 0;
    }

    private static IEnumerable<MemorySampler.Sample> Thin(IReadOnlyList<MemorySampler.Sample> samples, int count)
    {
        var step = Math.Max(1, samples.Count / count);
        for (var i = 0; i < samples.Count; i += step)
        {
            yield return samples[i];
        }

        if ((samples.Count - 1) % step != 0)
        {
            yield return samples[^1];
        }
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:N1} MB");

    private static void Row(string figure, string target, string result) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {figure} | {target} | {result} |"));

    private static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
