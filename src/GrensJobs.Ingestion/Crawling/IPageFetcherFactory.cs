using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;

namespace GrensJobs.Ingestion.Crawling;

/// <summary>Creates the fetcher of one run: the crawl HTTP pipeline with that source's politeness and limits.</summary>
public interface IPageFetcherFactory
{
    HttpPageFetcher Create(SourceDefinition definition);
}
