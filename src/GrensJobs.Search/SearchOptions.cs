using System.ComponentModel.DataAnnotations;

namespace GrensJobs.Search;

/// <summary>Configuration section "Search".</summary>
public sealed class SearchOptions
{
    /// <summary>Where the vacancy index lives (default: <c>index/vacancies</c> in the data dir).</summary>
    [Required]
    public string IndexDirectory { get; set; } = "";

    /// <summary>The index's place in a data directory: <c>index/vacancies</c>.</summary>
    public static string DefaultIndexDirectory(string dataDirectory) => Path.Combine(dataDirectory, "index", "vacancies");

    /// <summary>How often the index following the store looks for changes and refreshes its searcher.</summary>
    [Range(50, 500)]
    public int RefreshIntervalMilliseconds { get; set; } = 250;

    /// <summary>
    /// How long one search may take before it stops with <see cref="Querying.SearchTimeoutException"/> (checked while
    /// the query is built, every few thousand matches collected and between the steps after). Far above what a request
    /// within <see cref="Querying.SearchLimits"/> costs (a few milliseconds, at most ~200 ms at 100k vacancies), so
    /// only an overloaded machine or a request no limit foresaw meets it.
    /// </summary>
    [Range(10, 60_000)]
    public int TimeBudgetMilliseconds { get; set; } = 2_000;
}
