using Refit;

namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

/// <summary>The UWV-style feed of HR-Open PositionOpenings (FORMATS-vdab-uwv.md).</summary>
internal interface IUwvApi
{
    [Get("/position-openings")]
    Task<IApiResponse<UwvPage>> PageAsync(int page, int pageSize, CancellationToken cancellationToken);
}
