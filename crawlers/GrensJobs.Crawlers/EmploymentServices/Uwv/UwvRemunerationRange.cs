namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

/// <summary>A pay range; <c>intervalCode</c> is Hour, Day, Week, Month or Year.</summary>
internal sealed record UwvRemunerationRange
{
    public UwvAmount? MinimumAmount { get; init; }

    public UwvAmount? MaximumAmount { get; init; }

    public string? IntervalCode { get; init; }
}
