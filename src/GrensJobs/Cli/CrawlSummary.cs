using System.Globalization;
using System.Text;
using GrensJobs.Ingestion.Crawling;
using GrensJobs.Storage.Sources;

namespace GrensJobs.Cli;

/// <summary>
/// The one-line summary of a run on stderr. Its problems were printed as they happened; the summary counts them.
/// A failed run's line says why it failed.
/// </summary>
internal static class CrawlSummary
{
    public static string Describe(CrawlReport report, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        var status = report.Status.ToString().ToLowerInvariant();
        text.Append(CultureInfo.InvariantCulture, $"crawl {report.Source}: {status} — ");
        if (report.Status == CrawlRunStatus.Failed && report.Error is { } error)
        {
            text.Append(error.TrimEnd('.')).Append(". ");
        }

        text.Append(CultureInfo.InvariantCulture,
            $"{report.Pages:N0} {CrawlProgressDisplay.Plural(report.Pages, "page")}, {report.Found:N0} open {CrawlProgressDisplay.Plural(report.Found, "vacancy", "vacancies")}");
        var unhealthy = !dryRun && report.Status != CrawlRunStatus.Succeeded;
        if (!dryRun && report.Found > 0)
        {
            var stored = report.Stored;
            text.Append(CultureInfo.InvariantCulture,
                $" ({stored.New:N0} new, {stored.Updated + stored.Reopened:N0} updated, {stored.Unchanged:N0} unchanged)");
        }

        if (!dryRun && !unhealthy)
        {
            text.Append(CultureInfo.InvariantCulture, $", {report.Expired:N0} expired");
        }

        if (report.Problems.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", {report.Problems.Count:N0} {CrawlProgressDisplay.Plural(report.Problems.Count, "problem")}");
        }

        if (report.Status == CrawlRunStatus.Implausible && report.Error is { } implausible)
        {
            text.Append(" — ").Append(implausible);
        }

        if (unhealthy)
        {
            text.Append("; nothing was expired; the source is marked unhealthy (see `grensjobs sources list`)");
        }

        return text.ToString();
    }
}
