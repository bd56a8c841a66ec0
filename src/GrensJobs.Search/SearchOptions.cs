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
}
