using Refit;

namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>The Bundesagentur-style applicant feed (FORMATS-ba.md); the bearer token is added by <see cref="BaTokenHandler"/>.</summary>
[Headers("Accept: application/json")]
internal interface IBaBewerberApi
{
    /// <summary>A page of applicants; <paramref name="page"/> counts from 0.</summary>
    [Get("/bewerberboerse/pc/v1/bewerber")]
    Task<IApiResponse<BaPage>> BewerberAsync(int page, int size, CancellationToken cancellationToken);
}
