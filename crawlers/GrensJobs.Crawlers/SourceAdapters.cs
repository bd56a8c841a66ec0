using GrensJobs.Crawlers.Ats;
using GrensJobs.Crawlers.Declarative;
using GrensJobs.Crawlers.EmploymentServices.Bundesagentur;
using GrensJobs.Crawlers.EmploymentServices.Uwv;
using GrensJobs.Crawlers.EmploymentServices.Vdab;
using GrensJobs.Crawlers.SchemaOrg;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers;

/// <summary>Every adapter, one per <see cref="SourceKinds"/> value (adapters are stateless and shared).</summary>
public static class SourceAdapters
{
    public static IReadOnlyList<ISourceAdapter> All() =>
    [
        new SchemaOrgSiteAdapter(),
        new HtmlSiteAdapter(),
        .. AtsAdapters.Create(),
        new BundesagenturAdapter(),
        new VdabAdapter(),
        new UwvAdapter(),
    ];
}
