using GrensJobs.Crawlers.Declarative;

namespace GrensJobs.Crawlers.Sources;

/// <summary>
/// One crawl source: a file under <c>crawlers/sources/</c>, or an ad-hoc definition (<c>crawl --url</c>).
/// Adapter-specific values (an ATS company slug, a Bundesagentur query) are in <see cref="Settings"/>; each adapter
/// validates the ones it needs.
/// </summary>
public sealed record SourceDefinition
{
    /// <summary>Lower-case id, unique across sources; also the <c>source</c> of every vacancy it yields.</summary>
    public required string Id { get; init; }

    /// <summary>One of <see cref="SourceKinds"/>.</summary>
    public required string Kind { get; init; }

    public string? Name { get; init; }

    /// <summary>Start URL of a site, or the base URL of a feed.</summary>
    public required Uri Url { get; init; }

    /// <summary>Quartz cron expression (seconds first); null: only crawled on demand.</summary>
    public string? Schedule { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country the source's vacancies are in when a posting does not say.</summary>
    public string? Country { get; init; }

    /// <summary>ISO 639-1 language of the postings when they do not say.</summary>
    public string? Language { get; init; }

    /// <summary>The employer when a posting does not name one (an employer's own career site).</summary>
    public string? Employer { get; init; }

    public PolitenessSettings Politeness { get; init; } = new();

    /// <summary>Most pages (requests) one run may fetch; a run that reaches it is partial.</summary>
    public int MaxPages { get; init; } = 2_000;

    /// <summary>
    /// Allow loopback and private addresses although the start URL is public (the SSRF guard otherwise refuses
    /// them; a start URL that is itself such an address is always allowed).
    /// </summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Adapter-specific settings (case-insensitive keys).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The listing and detail selectors of a <see cref="SourceKinds.Html"/> site; null for other kinds.</summary>
    public HtmlSite? Html { get; init; }

    /// <summary>The file the definition came from, for messages; null for ad-hoc definitions.</summary>
    public string? Path { get; init; }
}
