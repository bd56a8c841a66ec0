namespace GrensJobs.Ingestion.Crawling;

/// <summary>
/// A live view of one running crawl for progress displays: pages fetched, open vacancies found and problems so far.
/// Read from any thread; the numbers only grow.
/// </summary>
public sealed class CrawlProgress
{
    private readonly Func<int> pages;
    private readonly Func<int> found;
    private readonly Func<int> problems;

    internal CrawlProgress(string source, Func<int> pages, Func<int> found, Func<int> problems)
    {
        Source = source;
        this.pages = pages;
        this.found = found;
        this.problems = problems;
    }

    public string Source { get; }

    public int Pages => pages();

    public int Found => found();

    public int Problems => problems();
}
