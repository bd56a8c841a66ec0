using Refit;

namespace GrensJobs.Crawlers.EmploymentServices.Bundesagentur;

/// <summary>
/// The Bundesagentur für Arbeit Jobsuche REST API (community-documented, FORMATS.md b1). The client id
/// <c>jobboerse-jobsuche</c> is published documentation, not a secret. Statuses are data: a 400 past the
/// 10,000-result cap or a 404 detail is answered, not thrown.
/// </summary>
[Headers("X-API-Key: jobboerse-jobsuche", "Accept: application/json")]
internal interface IJobsucheApi
{
    /// <summary>The v4 list (<c>stellenangebote</c>); <paramref name="page"/> starts at 1, <paramref name="size"/> ≤ 100.</summary>
    [Get("/pc/v4/jobs")]
    Task<IApiResponse<JobsucheSearchResponse>> SearchV4Async(
        [Query] JobsucheQuery query, int page, int size, CancellationToken cancellationToken);

    /// <summary>The v6 list (<c>ergebnisliste</c>); same parameters.</summary>
    [Get("/pc/v6/jobs")]
    Task<IApiResponse<JobsucheSearchResponse>> SearchV6Async(
        [Query] JobsucheQuery query, int page, int size, CancellationToken cancellationToken);

    /// <summary>Details by the standard Base64 of the UTF-8 reference number.</summary>
    [Get("/pc/v4/jobdetails/{encodedRefnr}")]
    Task<IApiResponse<JobsucheDetail>> GetDetailAsync(string encodedRefnr, CancellationToken cancellationToken);
}
