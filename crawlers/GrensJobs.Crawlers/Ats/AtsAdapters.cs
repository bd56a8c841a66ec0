using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Ats;

/// <summary>The public door to the ATS adapters: one instance of each, for the host to register by kind.</summary>
public static class AtsAdapters
{
    public static IReadOnlyList<ISourceAdapter> Create() =>
    [
        new PersonioAdapter(),
        new RecruiteeAdapter(),
        new SoftgardenAdapter(),
        new GreenhouseAdapter(),
        new LeverAdapter(),
        new SmartRecruitersAdapter(),
        new WorkdayAdapter(),
    ];
}
