using System.Runtime.CompilerServices;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>
/// Crawls an employer site from its start URL with no further configuration (<c>crawl --url</c>): sitemaps named in
/// robots.txt (else <c>/sitemap.xml</c>) and same-site links, job-looking URLs first, and yields every open
/// schema.org JobPosting (JSON-LD or microdata) once. robots.txt is enforced by the fetcher's pipeline; refused
/// pages are skipped. Failed pages are reported as problems and the crawl goes on; the page cap ends it (partial).
/// </summary>
public sealed class SchemaOrgSiteAdapter : ISourceAdapter
{
    private readonly JobPostingExtractor extractor = new();

    public string Kind => SourceKinds.SchemaOrg;

    public IEnumerable<SourceProblem> Validate(SourceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!definition.Url.IsAbsoluteUri
            || (definition.Url.Scheme != Uri.UriSchemeHttp && definition.Url.Scheme != Uri.UriSchemeHttps))
        {
            yield return new SourceProblem("url", "The start URL must be an absolute http or https URL.");
        }
    }

    public async IAsyncEnumerable<RawVacancy> ReadAsync(
        SourceReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var crawl = new SiteCrawl(context, extractor);
        await foreach (var vacancy in crawl.RunAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return vacancy;
        }
    }
}
