namespace GrensJobs.Crawlers.Web;

/// <summary>
/// How adapters fetch: every request goes through the crawl's HTTP pipeline (robots.txt, politeness, resilience,
/// SSRF guard, limits) and counts as a page towards the run's cap.
/// </summary>
public interface IPageFetcher
{
    /// <summary>A client over the same pipeline and page count, for typed clients (Refit).</summary>
    HttpClient Http { get; }

    /// <summary>
    /// A new client over the same pipeline and page count with <paramref name="baseAddress"/> set (Refit requires
    /// one). Disposing it leaves the shared pipeline alone.
    /// </summary>
    HttpClient CreateClient(Uri baseAddress);

    /// <summary>Requests sent so far (robots.txt refusals are not sent and do not count).</summary>
    int PagesFetched { get; }

    /// <summary>GETs <paramref name="url"/>; non-success statuses are returned, not thrown.</summary>
    /// <exception cref="PageLimitReachedException">The run's page cap is reached.</exception>
    /// <exception cref="FetchFailedException">No usable response (connection, timeout, body too large…).</exception>
    Task<FetchedPage> GetAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>Sends any request (a POST of a search API); same rules as <see cref="GetAsync"/>.</summary>
    Task<FetchedPage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}
