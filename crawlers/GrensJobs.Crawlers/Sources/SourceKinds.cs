namespace GrensJobs.Crawlers.Sources;

/// <summary>The adapter kinds a definition's <c>kind</c> may name.</summary>
public static class SourceKinds
{
    /// <summary>An employer site with schema.org JobPosting (JSON-LD or microdata): discovery by sitemaps and links.</summary>
    public const string SchemaOrg = "schema-org";

    /// <summary>A site without structured data, read with the CSS selectors of its definition.</summary>
    public const string Html = "html";

    public const string Personio = "personio";
    public const string Recruitee = "recruitee";
    public const string Softgarden = "softgarden";
    public const string Greenhouse = "greenhouse";
    public const string Lever = "lever";
    public const string SmartRecruiters = "smartrecruiters";
    public const string Workday = "workday";

    public const string Bundesagentur = "bundesagentur";
    public const string Vdab = "vdab";
    public const string Uwv = "uwv";
}
