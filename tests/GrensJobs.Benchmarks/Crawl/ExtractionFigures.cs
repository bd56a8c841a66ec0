namespace GrensJobs.Benchmarks.Crawl;

/// <summary>Extraction speed: the crawler's per-page work and AngleSharp's parse alone, wall-clock and per CPU-second.</summary>
internal sealed record ExtractionFigures(
    double PagesPerSecond, double PagesPerCpuSecond, double ParsePerSecond, double ParsePerCpuSecond, double AverageChars,
    long Vacancies, long Links);
