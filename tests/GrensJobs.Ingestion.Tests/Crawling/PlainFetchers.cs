using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;
using GrensJobs.Ingestion.Crawling;

namespace GrensJobs.Ingestion.Tests.Crawling;

/// <summary>Fetchers over a plain handler, for runs whose adapter does not fetch (the runner's own tests).</summary>
internal sealed class PlainFetchers : IPageFetcherFactory
{
    public HttpPageFetcher Create(SourceDefinition definition) =>
        new(new SocketsHttpHandler(), new FetchLimits { MaxPages = definition.MaxPages }, disposePipeline: true);
}
