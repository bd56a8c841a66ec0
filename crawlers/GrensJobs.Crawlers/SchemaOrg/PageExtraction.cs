using GrensJobs.Core.Vacancies;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>What one page gave: its open postings, how many postings were closed or expired, and notes on blocks
/// that could not be read.</summary>
public sealed record PageExtraction
{
    public static readonly PageExtraction Empty = new();

    /// <summary>Open postings, one per JobPosting, in page order.</summary>
    public IReadOnlyList<RawVacancy> Vacancies { get; init; } = [];

    /// <summary>Postings left out because their validThrough has passed or the page says the vacancy is closed.</summary>
    public int Closed { get; init; }

    /// <summary>True when the page as a whole says its vacancy is closed (or answered 404/410).</summary>
    public bool PageClosed { get; init; }

    /// <summary>The page's canonical URL (canonical link, else the page URL), canonicalised.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>True when a JobPosting may have been missed (an unreadable block naming one, a posting without title).</summary>
    public bool MissedPostings { get; init; }

    /// <summary>JSON-LD blocks that could not be repaired, postings without a title…</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
