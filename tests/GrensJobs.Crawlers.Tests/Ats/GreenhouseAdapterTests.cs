using GrensJobs.Crawlers.Ats;

namespace GrensJobs.Crawlers.Tests.Ats;

public sealed class GreenhouseAdapterTests : IDisposable
{
    private readonly AtsTestServer server = new();
    private readonly GreenhouseAdapter adapter = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task ReadAsync_Board_MapsEveryFieldAndDecodesContentOnce()
    {
        server.Serve(AtsTestServer.Get("/v1/boards/grenzland/jobs"), "greenhouse-jobs.json");

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, server.Context("greenhouse", ("BOARD", "grenzland")));

        Assert.Equal(2, vacancies.Count);
        var first = vacancies[0];
        Assert.Equal("7412235", first.Id);
        Assert.Null(first.Source);
        Assert.Equal("Softwareentwickler .NET (m/w/d)", first.Title);
        Assert.Equal("<p>Entwickeln Sie Software f&uuml;r Kunden in <strong>Deutschland &amp; den Niederlanden</strong>.</p><p>Wir zahlen &euro; 4.500 &ndash; 5.500.</p>",
            first.Description);
        Assert.Equal("Grenzland Software GmbH", first.Employer);
        Assert.Equal("Mönchengladbach, Deutschland", first.Location?.Text);
        Assert.Equal("DE", first.Location?.Country);
        Assert.Equal("https://job-boards.greenhouse.io/grenzland/jobs/7412235", first.Url);
        Assert.Equal(new DateOnly(2026, 11, 2), first.Posted);
        Assert.Equal("de", first.Language);

        var second = vacancies[1];
        Assert.Equal("Standard Arbeitgeber GmbH", second.Employer);
        Assert.Equal(new DateOnly(2026, 11, 18), second.Posted);
        Assert.Equal("en", second.Language);
        Assert.Equal("<p>Help our Dutch and Belgian customers.</p>", second.Description);
    }

    [Fact]
    public async Task ReadAsync_PlacesOutsideTheThreeCountries_KeepTheirTextAndCountry()
    {
        server.Serve(AtsTestServer.Get("/v1/boards/grenzland/jobs"), "greenhouse-jobs-worldwide.json");

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, server.Context("greenhouse", ("board", "grenzland")));

        Assert.Equal(
            [("New York, NY", "US"), ("London, United Kingdom", "GB"), ("Remote from the US", "US"), ("Mönchengladbach", "DE")],
            vacancies.Select(vacancy => (vacancy.Location?.Text, vacancy.Location?.Country)));
    }

    [Fact]
    public async Task ReadAsync_MalformedJson_ThrowsNamingTheUrl()
    {
        server.ServeBody(AtsTestServer.Get("/v1/boards/grenzland/jobs"), "{\"jobs\": [");

        var exception = await Assert.ThrowsAsync<AtsFeedException>(
            () => AtsTestServer.ReadAllAsync(adapter, server.Context("greenhouse", ("board", "grenzland"))));

        Assert.Contains("/v1/boards/grenzland/jobs?content=true", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoBoard_ReportsSettingsBoard()
    {
        Assert.Equal("settings.board", Assert.Single(adapter.Validate(server.Definition("greenhouse"))).Key);
        Assert.Empty(adapter.Validate(server.Definition("greenhouse", ("Board", "grenzland"))));
    }
}
