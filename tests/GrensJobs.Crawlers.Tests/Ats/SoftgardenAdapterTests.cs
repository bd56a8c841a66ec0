using GrensJobs.Crawlers.Ats;

namespace GrensJobs.Crawlers.Tests.Ats;

public sealed class SoftgardenAdapterTests : IDisposable
{
    private readonly AtsTestServer server = new();
    private readonly SoftgardenAdapter adapter = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task ReadAsync_DataFeed_MapsEveryField()
    {
        server.Serve(AtsTestServer.Get("/jobs.feed.json"), "softgarden-feed.json");

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, server.Context("softgarden"));

        Assert.Equal(2, vacancies.Count);
        var first = vacancies[0];
        Assert.Equal("48211933", first.Id);
        Assert.Null(first.Source);
        Assert.Equal("Elektroniker für Betriebstechnik (m/w/d)", first.Title);
        Assert.Equal("<h2>Ihre Aufgaben</h2><p>Wartung unserer Umspannwerke in Aachen und Würselen.</p>", first.Description);
        Assert.Equal("Stadtwerke Aachen AG", first.Employer);
        Assert.Equal(new RawLocationView("52070 Aachen", "Aachen", "52070", "DE"), RawLocationView.Of(first.Location));
        Assert.Equal("Würselen", Assert.Single(first.Locations).Place);
        Assert.Equal(["FULL_TIME", "PERMANENT"], first.EmploymentType);
        Assert.Equal(new DateOnly(2026, 11, 14), first.Posted);
        Assert.Equal(new DateOnly(2026, 12, 31), first.ValidThrough);
        Assert.Equal("https://stawag.career.softgarden.de/job/48211933/Elektroniker-fuer-Betriebstechnik-m-w-d-", first.Url);
        Assert.Equal("de", first.Language);

        var second = vacancies[1];
        Assert.Equal("Technicien de maintenance (h/f/x)", second.Title);
        Assert.Equal(new RawLocationView("4700 Eupen", "Eupen", "4700", "BE"), RawLocationView.Of(second.Location));
        Assert.Equal("Standard Arbeitgeber GmbH", second.Employer);
        Assert.Equal(["PART_TIME"], second.EmploymentType);
        Assert.Equal(new DateOnly(2026, 11, 10), second.Posted);
        Assert.Equal("fr", second.Language);
    }

    [Fact]
    public async Task ReadAsync_MalformedJson_ThrowsNamingTheUrl()
    {
        server.ServeBody(AtsTestServer.Get("/jobs.feed.json"), "<html>Wartungsarbeiten</html>");

        var exception = await Assert.ThrowsAsync<AtsFeedException>(() => AtsTestServer.ReadAllAsync(adapter, server.Context("softgarden")));

        Assert.Contains("/jobs.feed.json", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ServerError_Throws()
    {
        server.ServeBody(AtsTestServer.Get("/jobs.feed.json"), "{}", 500);

        var exception = await Assert.ThrowsAsync<AtsFeedException>(() => AtsTestServer.ReadAllAsync(adapter, server.Context("softgarden")));

        Assert.Contains("HTTP 500", exception.Message, StringComparison.Ordinal);
    }
}
