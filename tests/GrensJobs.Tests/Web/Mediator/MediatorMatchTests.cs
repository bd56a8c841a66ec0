using System.Net;
using GrensJobs.Storage.Audit;
using GrensJobs.Storage.Users;

namespace GrensJobs.Tests.Web.Mediator;

/// <summary>Matches through the mediator API: the CONTRACTS.md "Match" JSON, in the caller's language, audited.</summary>
public sealed class MediatorMatchTests(MediatorApiFixture fixture) : IClassFixture<MediatorApiFixture>
{
    private const string Prefix = MediatorSession.Prefix;

    [Fact]
    public async Task ForProfile_WelderInVenlo_WeldingVacanciesNearbyWithDutchReasonsAndAudited()
    {
        var session = await fixture.SessionAsync(UserRole.Mediator);
        var admin = await fixture.SessionAsync(UserRole.Admin);

        var (response, body) = await session.GetAsync($"{Prefix}/matches/profile/uwv-100234?uiLang=nl&top=5&reason=bemiddeling");
        var (_, audit) = await admin.GetAsync($"{Prefix}/audit?profile=uwv-100234&limit=1000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("uwv-100234", body.GetProperty("profile").GetString());
        var results = body.GetProperty("results").EnumerateArray().ToList();
        Assert.InRange(results.Count, 1, 5);
        Assert.Contains(results, result => result.GetProperty("vacancyId").GetString() is "uwv-4411" or "ba-77");
        Assert.DoesNotContain(results, result => result.GetProperty("vacancyId").GetString() == "forem-12");
        Assert.All(results, result => Assert.InRange(result.GetProperty("score").GetDouble(), 0, 1));
        Assert.Contains(audit.EnumerateArray(), entry =>
            entry.GetProperty("action").GetString() == AuditActions.MatchProfile && entry.GetProperty("reason").GetString() == "bemiddeling");
    }

    [Fact]
    public async Task ForVacancy_SchweisserInGeldern_HasTheVenloWelderAndAuditsHim()
    {
        var session = await fixture.SessionAsync(UserRole.Mediator);
        var admin = await fixture.SessionAsync(UserRole.Admin);

        var (response, body) = await session.GetAsync($"{Prefix}/matches/vacancy/ba-demo/ba-77");
        var actor = (await session.GetAsync($"{Prefix}/me")).Body.GetProperty("name").GetString();
        var (_, audit) = await admin.GetAsync($"{Prefix}/audit?actor={actor}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ba-77", body.GetProperty("vacancy").GetString());
        var profiles = body.GetProperty("results").EnumerateArray().Select(result => result.GetProperty("profileId").GetString()).ToList();
        Assert.Contains("uwv-100234", profiles);
        Assert.Equal(
            profiles.Order(StringComparer.Ordinal),
            audit.EnumerateArray().Where(entry => entry.GetProperty("action").GetString() == AuditActions.MatchVacancy)
                .Select(entry => entry.GetProperty("profileId").GetString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/matches/profile/uwv-404", 404, "There is no profile \"uwv-404\".")]
    [InlineData("/matches/vacancy/ba-demo/ba-404", 404, "Vacancy \"ba-404\" of source \"ba-demo\" is not open (expired, unknown or not indexed yet).")]
    [InlineData("/matches/profile/uwv-100234?top=500", 400, "\"top\" is a whole number from 1 to 100.")]
    public async Task Match_UnknownOrOutOfRange_SaysWhatIsWrong(string path, int status, string detail)
    {
        var session = await fixture.SessionAsync(UserRole.Mediator);

        var (response, body) = await session.GetAsync(Prefix + path);

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal(detail, body.GetProperty("detail").GetString());
    }
}
