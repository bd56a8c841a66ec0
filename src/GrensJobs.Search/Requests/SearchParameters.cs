namespace GrensJobs.Search.Requests;

/// <summary>
/// The raw values of a search as a person typed them (command-line options or query parameters), nothing parsed yet:
/// <see cref="SearchRequestParser"/> turns them into a request or says what is wrong. Lists may hold comma-separated
/// values ("NL,DE") and repeated values alike.
/// </summary>
public sealed record SearchParameters
{
    public string? Query { get; init; }

    public string? Near { get; init; }

    public string? Radius { get; init; }

    public IReadOnlyList<string> Country { get; init; } = [];

    public IReadOnlyList<string> Euregio { get; init; } = [];

    public IReadOnlyList<string> Nuts3 { get; init; } = [];

    public string? Occupation { get; init; }

    public IReadOnlyList<string> Contract { get; init; } = [];

    public string? Hours { get; init; }

    public string? Since { get; init; }

    public string? Remote { get; init; }

    public string? MinSalary { get; init; }

    public IReadOnlyList<string> Speaks { get; init; } = [];

    /// <summary>relevance (when null), date or distance.</summary>
    public string? Sort { get; init; }

    /// <summary>Results per page; 20 when null.</summary>
    public string? Top { get; init; }

    /// <summary>Page from 1; 1 when null.</summary>
    public string? Page { get; init; }

    /// <summary>nl, de, fr or en; en when null.</summary>
    public string? UiLanguage { get; init; }
}
