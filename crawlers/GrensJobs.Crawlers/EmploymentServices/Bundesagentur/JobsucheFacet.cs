namespace GrensJobs.Crawlers.EmploymentServices.Bundesagentur;

/// <summary>
/// One level of partitioning a query past the 10,000-result cap: the facet values that split it. Values may overlap
/// (a job can be vz and ho; <c>veroeffentlichtseit</c> windows are nested), so readers de-duplicate by refnr.
/// </summary>
internal sealed record JobsucheFacet(string Name, Func<JobsucheQuery, IReadOnlyList<JobsucheQuery>> Split)
{
    private static readonly string[] WorkingTimes = ["vz", "tz", "snw", "ho", "mj"];
    private static readonly int[] Windows = [1, 3, 7, 14, 30, 60, 100];
    private static readonly int[] OfferKinds = [1, 2, 4, 34];

    /// <summary>arbeitszeit, then befristung, then veroeffentlichtseit windows, then angebotsart.</summary>
    public static IReadOnlyList<JobsucheFacet> Levels { get; } =
    [
        new("arbeitszeit", q => q.Arbeitszeit is null ? [.. WorkingTimes.Select(v => q with { Arbeitszeit = v })] : []),
        new("befristung", q => q.Befristung is null ? [q with { Befristung = 1 }, q with { Befristung = 2 }] : []),
        new("veroeffentlichtseit", q =>
            [.. Windows.Where(days => days < (q.Veroeffentlichtseit ?? int.MaxValue))
                .Select(days => q with { Veroeffentlichtseit = days })]),
        new("angebotsart", q => q.Angebotsart is null ? [.. OfferKinds.Select(v => q with { Angebotsart = v })] : []),
    ];
}
