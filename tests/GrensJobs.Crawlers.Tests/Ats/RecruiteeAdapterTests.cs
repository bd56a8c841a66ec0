using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Ats;

namespace GrensJobs.Crawlers.Tests.Ats;

public sealed class RecruiteeAdapterTests : IDisposable
{
    private readonly AtsTestServer server = new();
    private readonly RecruiteeAdapter adapter = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task ReadAsync_Offers_MapsPublishedOffersOnly()
    {
        server.Serve(AtsTestServer.Get("/api/offers/"), "recruitee-offers.json");

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, server.Context("recruitee"));

        Assert.Equal(["1502931", "1502977"], vacancies.Select(vacancy => vacancy.Id));
        var first = vacancies[0];
        Assert.Null(first.Source);
        Assert.Equal("Logistiek medewerker (m/v/x)", first.Title);
        Assert.Equal("https://vandenberg.recruitee.com/o/logistiek-medewerker-mvx-venlo", first.Url);
        Assert.Equal("<p>Als logistiek medewerker in <strong>Venlo</strong> zorg je voor een vlotte orderverwerking.</p>"
            + "<ul><li>Heftruckcertificaat</li><li>Duits is een pré</li></ul>", first.Description);
        Assert.Equal("Van den Berg Logistiek B.V.", first.Employer);
        Assert.Equal(new RawLocationView("Venlo, Limburg, Nederland", "Venlo", "5928 NT", "NL"), RawLocationView.Of(first.Location));
        Assert.Equal("DE", first.Locations[1].Country);
        Assert.Equal("Nettetal", first.Locations[1].Place);
        Assert.Equal(new DateOnly(2026, 11, 3), first.Posted);
        Assert.Equal("de", first.Language);
        Assert.Equal(["fulltime_permanent"], first.EmploymentType);
        Assert.Equal(GrensJobs.Core.Vacancies.RemoteMode.Onsite, first.Remote);
        Assert.Equal(GrensJobs.Core.Vacancies.RemoteMode.Hybrid, vacancies[1].Remote);
        Assert.Equal(2900m, first.Salary?.Min);
        Assert.Equal(3400m, first.Salary?.Max);
        Assert.Equal("EUR", first.Salary?.Currency);
        Assert.Equal("month", first.Salary?.Period);

        var second = vacancies[1];
        Assert.Equal("Standard Arbeitgeber GmbH", second.Employer);
        Assert.Equal(new DateOnly(2026, 10, 20), second.Posted);
        Assert.Equal("BE", second.Location?.Country);
        Assert.Null(second.Salary);
        Assert.Equal("<p>Je adviseert klanten in België en Nederland.</p>", second.Description);
    }

    [Fact]
    public async Task ReadAsync_EmploymentTypeHoursAndEducationCodes_BecomeContractWeeklyHoursAndEqf()
    {
        server.Serve(AtsTestServer.Get("/api/offers/"), "recruitee-offers-codes.json");

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, server.Context("recruitee"));

        Assert.Equal(
            [
                ("1611201", ContractType.Permanent, new HoursRange(38, 40), 3),
                ("1611202", ContractType.Temporary, new HoursRange(24, 32), 6),
                ("1611203", (ContractType?)null, new HoursRange(32, 40), 7),
                ("1611204", ContractType.Internship, (HoursRange?)null, (int?)null),
                ("1611205", ContractType.Freelance, null, 4),
            ],
            vacancies.Select(vacancy => (vacancy.Id, vacancy.Contract, vacancy.Hours, vacancy.Education?.Eqf)));
        Assert.Equal(["fulltime_permanent"], vacancies[0].EmploymentType);
    }

    [Theory]
    [InlineData("fulltime_permanent", ContractType.Permanent, true)]
    [InlineData("FULLTIME_FIXED_TERM", ContractType.Temporary, true)]
    [InlineData("parttime_permanent", ContractType.Permanent, false)]
    [InlineData("parttime_temporary", ContractType.Temporary, false)]
    [InlineData("apprenticeship", ContractType.Apprenticeship, false)]
    [InlineData("volunteer", ContractType.Other, false)]
    [InlineData("parttime", null, false)]
    [InlineData("zzp", null, false)]
    public void Codes_EmploymentType_GiveTheDocumentedContractAndBand(string code, ContractType? contract, bool fullTimeBand)
    {
        Assert.Equal(contract, RecruiteeCodes.Contract(code));
        Assert.Equal(fullTimeBand ? RecruiteeCodes.FullTimeBand : null, RecruiteeCodes.Hours(code, null, null));
    }

    [Fact]
    public async Task ReadAsync_OfferWithoutPlace_HasNoLocation()
    {
        server.ServeBody(AtsTestServer.Get("/api/offers/"), """{"offers":[{"id":7,"title":"Projectleider (m/v/x)","careers_url":"https://x.recruitee.com/o/7"}]}""");

        var vacancy = Assert.Single(await AtsTestServer.ReadAllAsync(adapter, server.Context("recruitee")));

        Assert.Null(vacancy.Location);
        Assert.Empty(vacancy.Locations);
        Assert.Null(vacancy.Posted);
    }

    [Fact]
    public async Task ReadAsync_MalformedJson_ThrowsNamingTheUrl()
    {
        server.ServeBody(AtsTestServer.Get("/api/offers/"), "{\"offers\":[{\"id\":1,");

        var exception = await Assert.ThrowsAsync<AtsFeedException>(() => AtsTestServer.ReadAllAsync(adapter, server.Context("recruitee")));

        Assert.Contains("/api/offers/", exception.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", exception.Message, StringComparison.Ordinal);
    }
}
