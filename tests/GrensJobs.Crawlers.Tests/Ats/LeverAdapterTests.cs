using GrensJobs.Crawlers.Ats;
using WireMock.RequestBuilders;

namespace GrensJobs.Crawlers.Tests.Ats;

public sealed class LeverAdapterTests : IDisposable
{
    private readonly AtsTestServer server = new();
    private readonly LeverAdapter adapter = new();

    public void Dispose() => server.Dispose();

    private static IRequestBuilder Page(int skip) =>
        Request.Create().WithPath("/v0/postings/grenscontact").WithParam("skip", skip.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithParam("limit", "2").WithParam("mode", "json").UsingGet();

    [Fact]
    public async Task ReadAsync_PlacesOutsideTheThreeCountries_KeepTheirTextAndOwnCountry()
    {
        server.Serve(Page(0), "lever-worldwide.json");
        server.ServeBody(Page(2), "[]");
        var context = server.Context("lever", ("site", "grenscontact"), ("pageSize", "2"));

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, context);

        var first = vacancies[0];
        Assert.Equal(("San Francisco", "US"), (first.Location?.Text, first.Location?.Country));
        Assert.Equal([("Toronto, Canada", "CA"), ("Venlo, Netherlands", "NL")], first.Locations.Select(place => (place.Text, place.Country)));
        Assert.Equal(("Dublin, Ireland", "IE"), (vacancies[1].Location?.Text, vacancies[1].Location?.Country));
    }

    [Fact]
    public async Task ReadAsync_TwoPages_ReadsUntilShortPageAndMapsEveryField()
    {
        server.Serve(Page(0), "lever-page1.json");
        server.Serve(Page(2), "lever-page2.json");
        var context = server.Context("lever", ("site", "grenscontact"), ("pageSize", "2"));

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, context);

        Assert.Equal(3, vacancies.Count);
        Assert.True(context.IsComplete);
        Assert.Equal(2, server.Server.LogEntries.Count);
        var first = vacancies[0];
        Assert.Equal("5f1e2d3c-aaaa-4b5c-9d8e-000000000001", first.Id);
        Assert.Null(first.Source);
        Assert.Equal("Medewerker klantenservice Duitstalig (m/v/x)", first.Title);
        Assert.Equal("<div>Je helpt Duitse klanten per telefoon en e-mail.</div>"
            + "<h3>Wat vragen wij?</h3><ul><li>Duits op C1-niveau</li><li>Nederlands op B2-niveau</li></ul>"
            + "<h3>Wat bieden wij?</h3><ul><li>€ 2.800 – € 3.200 bruto per maand</li></ul>"
            + "<div>Solliciteer vóór 15 december.</div>", first.Description);
        Assert.Equal(new RawLocationView("Venlo", null, null, "NL"), RawLocationView.Of(first.Location));
        Assert.Equal("Roermond", Assert.Single(first.Locations).Text);
        Assert.Equal(["Fulltime"], first.EmploymentType);
        Assert.Equal("https://jobs.eu.lever.co/grenscontact/5f1e2d3c-aaaa-4b5c-9d8e-000000000001", first.Url);
        Assert.Equal(new DateOnly(2026, 11, 4), first.Posted);
        Assert.Equal((2800m, 3200m, "EUR", "month"), (first.Salary?.Min, first.Salary?.Max, first.Salary?.Currency, first.Salary?.Period));
        Assert.Equal("Standard Arbeitgeber GmbH", first.Employer);
        Assert.Equal("de", first.Language);
        Assert.Null(vacancies[1].Salary);
        Assert.Equal("Conseiller clientèle néerlandophone (h/f/x)", vacancies[2].Title);
        Assert.Equal("BE", vacancies[2].Location?.Country);
        Assert.Equal(
            [GrensJobs.Core.Vacancies.RemoteMode.Hybrid, GrensJobs.Core.Vacancies.RemoteMode.Onsite, GrensJobs.Core.Vacancies.RemoteMode.Remote],
            vacancies.Select(vacancy => vacancy.Remote));
        Assert.Equal(new DateOnly(2026, 11, 19), vacancies[2].Posted);
    }

    [Fact]
    public async Task ReadAsync_SecondPageFails_ReportsProblemAndKeepsFirstPage()
    {
        server.Serve(Page(0), "lever-page1.json");
        server.ServeBody(Page(2), "Bad Gateway", 502);
        var context = server.Context("lever", ("site", "grenscontact"), ("pageSize", "2"));

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, context);

        Assert.Equal(2, vacancies.Count);
        Assert.Contains("skip 2", Assert.Single(context.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MalformedJson_ThrowsNamingTheUrl()
    {
        server.ServeBody(Page(0), "[{\"id\":");

        var exception = await Assert.ThrowsAsync<AtsFeedException>(
            () => AtsTestServer.ReadAllAsync(adapter, server.Context("lever", ("site", "grenscontact"), ("pageSize", "2"))));

        Assert.Contains("/v0/postings/grenscontact?mode=json&skip=0&limit=2", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("per-year-salary", "year")]
    [InlineData("per-month-salary", "month")]
    [InlineData("per-hour-wage", "hour")]
    [InlineData("one-time", null)]
    public void Period_LeverInterval_MapsToSalaryPeriod(string interval, string? expected) =>
        Assert.Equal(expected, LeverAdapter.Period(interval));

    [Fact]
    public void Validate_NoSiteAndBadPageSize_ReportsBothKeys()
    {
        var keys = adapter.Validate(server.Definition("lever", ("pageSize", "0"))).Select(problem => problem.Key);

        Assert.Equal(["settings.site", "settings.pageSize"], keys);
    }
}
