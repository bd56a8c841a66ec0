using Refit;

namespace GrensJobs.Matching.Feeds.Uwv;

/// <summary>The UWV-style jobseeker profile feed (FORMATS-uwv.md); statuses are answered, not thrown.</summary>
[Headers("Accept: application/json")]
internal interface IUwvProfielenApi
{
    /// <summary>A page of profiles; <paramref name="pagina"/> counts from 1.</summary>
    [Get("/werkzoekenden/v1/profielen")]
    Task<IApiResponse<UwvPage>> ProfielenAsync(int pagina, int aantal, CancellationToken cancellationToken);
}
