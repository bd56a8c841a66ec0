using GrensJobs.Core.Languages;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation.Places;

namespace GrensJobs.Search.Querying;

/// <summary>A vacancy search: the words, the place, every filter of CONTRACTS.md "Search", the order and the page.</summary>
public sealed record SearchRequest
{
    /// <summary>The query words in any of nl/de/fr/en; null or blank lists everything that passes the filters.</summary>
    public string? Text { get; init; }

    /// <summary>The place distances are measured from.</summary>
    public ResolvedPlace? Near { get; init; }

    /// <summary>Keep only vacancies within this many kilometres of <see cref="Near"/>.</summary>
    public double? RadiusKm { get; init; }

    /// <summary>ISO country codes; a vacancy passes when any of its places lies in one.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    public IReadOnlyList<string> Euregios { get; init; } = [];

    public IReadOnlyList<string> Nuts3 { get; init; } = [];

    /// <summary>An ISCO-08 code prefix of 1–4 digits ("7", "72", "7212").</summary>
    public string? Occupation { get; init; }

    public IReadOnlyList<ContractType> Contracts { get; init; } = [];

    /// <summary>Weekly hours the vacancy's range must overlap.</summary>
    public HoursFilter? Hours { get; init; }

    /// <summary>Posted on or after this day.</summary>
    public DateOnly? Since { get; init; }

    public RemoteMode? Remote { get; init; }

    /// <summary>The salary (its upper bound, per month, EUR) must reach this amount.</summary>
    public decimal? MinMonthlySalary { get; init; }

    /// <summary>The person's languages and levels (<c>--speaks de:B1,nl:C2</c>).</summary>
    public IReadOnlyDictionary<string, CefrLevel>? Speaks { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Top { get; init; } = 20;

    /// <summary>1-based page of <see cref="Top"/> results.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Language of occupation labels and suggestions: nl, de, fr or en.</summary>
    public string UiLanguage { get; init; } = "en";
}
