using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>
/// The values a source definition supplies where a posting is silent, and the day that decides whether a posting's
/// validThrough has passed.
/// </summary>
public sealed record JobPostingDefaults
{
    public string? SourceId { get; init; }

    public string? Employer { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }

    /// <summary>ISO 639-1.</summary>
    public string? Language { get; init; }

    public required DateOnly Today { get; init; }

    public static JobPostingDefaults From(SourceReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new JobPostingDefaults
        {
            SourceId = context.Definition.Id,
            Employer = context.Definition.Employer,
            Country = context.Definition.Country,
            Language = context.Definition.Language,
            Today = context.Today,
        };
    }
}
