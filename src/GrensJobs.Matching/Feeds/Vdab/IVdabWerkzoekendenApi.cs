using Refit;

namespace GrensJobs.Matching.Feeds.Vdab;

/// <summary>The VDAB-style CV feed (FORMATS-vdab.md); statuses are answered, not thrown.</summary>
[Headers("Accept: application/json")]
internal interface IVdabWerkzoekendenApi
{
    /// <summary>A page of jobseekers from <paramref name="offset"/> (from 0).</summary>
    [Get("/vdab/cv/v2/werkzoekenden")]
    Task<IApiResponse<VdabPage>> WerkzoekendenAsync(int offset, int limit, CancellationToken cancellationToken);
}
