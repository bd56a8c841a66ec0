using Refit;

namespace GrensJobs.Crawlers.EmploymentServices.Vdab;

/// <summary>The VDAB-style vacancy feed (FORMATS-vdab-uwv.md).</summary>
internal interface IVdabApi
{
    [Get("/vacatures")]
    Task<IApiResponse<VdabPage>> PageAsync(int page, int size, CancellationToken cancellationToken);
}
