using System.Net;
using System.Text;
using GrensJobs.Storage.Audit;
using GrensJobs.Storage.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Tests.Web.Mediator;

/// <summary><c>GET /api/v1/mediator/opportunity</c>: the indicator's table as JSON or CSV, errors in the caller's language, one aggregate audit entry.</summary>
public sealed class MediatorOpportunityTests(MediatorApiFixture fixture) : IClassFixture<MediatorApiFixture>
{
    private const string Prefix = MediatorSession.Prefix;

    [Fact]
    public async Task Opportunity_Json_RowsAndTotalWithoutAnyProfile()
    {
        var session = await fixture.SessionAsync(UserRole.Mediator);

        var (response, body) = await session.GetAsync($"{Prefix}/opportunity?isco=1&reason=jaarrapport");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("total").GetProperty("openVacancies").GetInt32() > 0);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, body.GetProperty("rows").ValueKind);
        var text = body.GetRawText();
        Assert.DoesNotContain("uwv-100234", text, StringComparison.Ordinal);
        var audit = await fixture.Host.Services.GetRequiredService<IAuditLog>().ReadAsync(new AuditQuery(Limit: 50), TestContext.Current.CancellationToken);
        Assert.Contains(audit, entry => entry.Action == AuditActions.Aggregate && entry.ProfileId is null && entry.Reason == "jaarrapport");
    }

    [Fact]
    public async Task Opportunity_Csv_HeaderRowThenRows()
    {
        var session = await fixture.SessionAsync(UserRole.Admin);

        var (response, bytes) = await session.GetBytesAsync($"{Prefix}/opportunity?isco=2&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("euregio,euregioName,isco,label,country,openVacancies,jobseekersOtherSide,ratio", Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("isco=7", "nl", "\"isco\" is 1, 2, 3 of 4")]
    [InlineData("euregio=nirgendwo", "de", "„euregio“ eine durch Kommas getrennte Liste aus: ems-dollart")]
    [InlineData("format=xlsx", "en", "\"format\" is json or csv")]
    public async Task Opportunity_BadParameter_400InTheCallersLanguage(string query, string language, string expected)
    {
        var session = await fixture.SessionAsync(UserRole.Mediator);

        var (response, problem) = await session.GetAsync($"{Prefix}/opportunity?{query}&uiLang={language}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
