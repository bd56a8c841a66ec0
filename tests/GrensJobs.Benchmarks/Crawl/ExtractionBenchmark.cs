using System.Diagnostics;
using GrensJobs.Crawlers.SchemaOrg;

namespace GrensJobs.Benchmarks.Crawl;

/// <summary>
/// What the schema-org crawler does with each fetched page, on one thread: parse, JSON-LD + microdata + canonical
/// (<see cref="JobPostingExtractor"/>) and the links to follow (<see cref="LinkCollector"/>); and AngleSharp's parse
/// alone. Wall-clock rate and pages per CPU-second of the process (nothing else runs in it meanwhile).
/// </summary>
internal static class ExtractionBenchmark
{
    public static ExtractionFigures Run(IReadOnlyList<(string Html, Uri Url)> pages, JobPostingDefaults defaults, TimeSpan duration)
    {
        var extractor = new JobPostingExtractor();
        var vacancies = 0;
        var links = 0;
        void Full(string html, Uri url)
        {
            using var document = JobPostingExtractor.Parse(html);
            var extraction = extractor.Extract(document, url, defaults);
            vacancies += extraction.Vacancies.Count;
            if (!LinkCollector.ForbidsFollowing(document))
            {
                links += LinkCollector.Collect(document, url).Count;
            }
        }

        void ParseOnly(string html, Uri url)
        {
            using var document = JobPostingExtractor.Parse(html);
            links += document.ChildElementCount;
        }

        var check = extractor.Extract(pages[0].Html, pages[0].Url, defaults);
        if (check.Vacancies.Count != 1)
        {
            throw new InvalidOperationException($"A synthetic detail page gave {check.Vacancies.Count} postings instead of 1.");
        }

        Measure(pages, Full, TimeSpan.FromSeconds(2));
        var full = Measure(pages, Full, duration);
        var parse = Measure(pages, ParseOnly, duration / 2);
        return new ExtractionFigures(full.Wall, full.PerCpu, parse.Wall, parse.PerCpu, pages.Average(p => p.Html.Length),
            vacancies, links);
    }

    private static (double Wall, double PerCpu, int Pages) Measure(
        IReadOnlyList<(string Html, Uri Url)> pages, Action<string, Uri> work, TimeSpan duration)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var done = 0;
        while (Stopwatch.GetElapsedTime(start) < duration)
        {
            var (html, url) = pages[done % pages.Count];
            work(html, url);
            done++;
        }

        var wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        return (done / wall, cpu > 0 ? done / cpu : 0, done);
    }
}
