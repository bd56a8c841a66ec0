namespace GrensJobs.Crawlers.Declarative;

/// <summary>
/// How to read a site without structured data (<c>kind: html</c>): listing pages with one element per vacancy, an
/// optional detail page per vacancy, and CSS selectors (<c>a.title</c>, or <c>time@datetime</c> for an attribute)
/// for the fields on either.
/// </summary>
public sealed record HtmlSite
{
    /// <summary>The first listing page, or a template with <c>{page}</c>; null: the definition's URL.</summary>
    public string? ListingUrl { get; init; }

    /// <summary>One element per vacancy on a listing page.</summary>
    public required string Item { get; init; }

    /// <summary>The link to the detail page inside an item (the <c>href</c> unless an attribute is named).</summary>
    public string? Link { get; init; }

    /// <summary>The link to the next listing page.</summary>
    public string? Next { get; init; }

    /// <summary>The first value of <c>{page}</c>.</summary>
    public int FirstPage { get; init; } = 1;

    /// <summary>The last value of <c>{page}</c>; null: until a page lists nothing or the cap is reached.</summary>
    public int? LastPage { get; init; }

    public const int DefaultMaxListingPages = 50;

    /// <summary>Most listing pages one run reads.</summary>
    public int MaxListingPages { get; init; } = DefaultMaxListingPages;

    /// <summary>Field selectors relative to a listing item (names in <see cref="HtmlFields"/>).</summary>
    public IReadOnlyDictionary<string, string> ListingFields { get; init; } =
        new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Field selectors on the detail page; a detail value wins over the listing value.</summary>
    public IReadOnlyDictionary<string, string> DetailFields { get; init; } =
        new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>.NET exact date format of <c>posted</c>/<c>validThrough</c> (<c>dd.MM.yyyy</c>); null: ISO 8601.</summary>
    public string? DateFormat { get; init; }

    /// <summary>Culture of <see cref="DateFormat"/> (<c>nl-NL</c>, <c>de-DE</c>); null: invariant.</summary>
    public string? DateCulture { get; init; }

    /// <summary>True when the listing URL is a <c>{page}</c> template.</summary>
    public bool IsPageTemplate => ListingUrl?.Contains(PagePlaceholder, StringComparison.Ordinal) == true;

    public const string PagePlaceholder = "{page}";
}
