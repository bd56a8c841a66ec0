namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>
/// What a page says about all its postings: its URL, canonical URL (the canonical link, else the page URL, both
/// canonicalised), its <c>&lt;html lang&gt;</c> language, a country guessed from the host's country domain, and how
/// many postings it holds.
/// </summary>
internal sealed record PageFacts(Uri Url, string CanonicalUrl, string? Language, string? Country, int PostingCount);
