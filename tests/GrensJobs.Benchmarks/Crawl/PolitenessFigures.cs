using System.Diagnostics;

namespace GrensJobs.Benchmarks.Crawl;

/// <summary>
/// What the servers saw: aggregate pages/s over the steady state (the 10th to the 90th percentile of all arrivals,
/// so the ramp-up and the tail where sites finish are left out) and, per site, the smallest gap between two
/// consecutive requests and the most requests in any sliding window of one second less twice the clock tolerance.
/// </summary>
internal sealed record PolitenessFigures(
    long Requests, double SteadyPagesPerSecond, double OverallPagesPerSecond, double MinGapMs, int MinGapSite,
    int MaxInWindow, int SitesOverLimit, double WindowMs, double MedianGapMs)
{
    public static PolitenessFigures From(RequestLog log, double rate, double toleranceMs)
    {
        var all = new List<long>((int)log.Total);
        var minGap = double.MaxValue;
        var minGapSite = -1;
        var maxInWindow = 0;
        var over = 0;
        var windowMs = 1_000 - 2 * toleranceMs;
        var window = (long)(windowMs / 1_000 * Stopwatch.Frequency);
        var allowed = (int)Math.Ceiling(rate);
        var gaps = new List<double>();
        for (var site = 0; site < log.Sites; site++)
        {
            var arrivals = log.Arrivals(site);
            all.AddRange(arrivals);
            var siteMax = 0;
            var start = 0;
            for (var i = 0; i < arrivals.Length; i++)
            {
                if (i > 0)
                {
                    var gap = Ms(arrivals[i] - arrivals[i - 1]);
                    gaps.Add(gap);
                    if (gap < minGap)
                    {
                        minGap = gap;
                        minGapSite = site;
                    }
                }

                while (arrivals[i] - arrivals[start] >= window)
                {
                    start++;
                }

                siteMax = Math.Max(siteMax, i - start + 1);
            }

            maxInWindow = Math.Max(maxInWindow, siteMax);
            if (siteMax > allowed)
            {
                over++;
            }
        }

        all.Sort();
        gaps.Sort();
        var p10 = all[all.Count / 10];
        var p90 = all[all.Count * 9 / 10];
        var steady = (all.Count * 8 / 10) / (Ms(p90 - p10) / 1_000);
        var overall = all.Count / (Ms(all[^1] - all[0]) / 1_000);
        return new PolitenessFigures(all.Count, steady, overall, minGap, minGapSite, maxInWindow, over, windowMs,
            gaps.Count > 0 ? gaps[gaps.Count / 2] : 0);
    }

    private static double Ms(long ticks) => ticks * 1_000.0 / Stopwatch.Frequency;
}
